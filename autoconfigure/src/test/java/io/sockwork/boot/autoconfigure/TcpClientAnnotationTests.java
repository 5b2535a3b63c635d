package io.sockwork.boot.autoconfigure;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.sockwork.boot.annotation.OnClose;
import io.sockwork.boot.annotation.OnOpen;
import io.sockwork.boot.annotation.TcpClient;
import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.boot.config.InvalidListenerException;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.core.EngineOptions;
import io.sockwork.core.SocketEngine;
import io.sockwork.core.TcpHandler;
import io.sockwork.core.TcpListenOptions;
import io.sockwork.core.TcpServer;
import io.sockwork.core.TcpSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for annotated TCP clients ({@code ipv6-only} and {@code tls.crl} among their
 * properties): connecting at start-up whether or not the server is up, reconnecting with
 * backoff when the server restarts, lookup by name, Unix domain sockets from properties,
 * and misuse.
 */
class TcpClientAnnotationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SockworkAutoConfiguration.class));

	/** The server side, outside the application, as a remote service would be. */
	private final SocketEngine server = new SocketEngine(EngineOptions.defaults().withThreads(1));

	@TempDir
	Path directory;

	@AfterEach
	void closeServer() {
		this.server.close();
	}

	@Test
	void clientConnectsOnceTheServerIsUpAndReconnectsAfterTheServerRestarts() throws IOException {
		int port = freePort();
		this.contextRunner.withBean(Feed.class)
			.withPropertyValues("sockwork.tcp.clients.feed.host=127.0.0.1", "sockwork.tcp.clients.feed.port=" + port,
					"sockwork.tcp.clients.feed.reconnect.initial-delay=10ms",
					"sockwork.tcp.clients.feed.reconnect.max-delay=50ms")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				SocketRegistry registry = context.getBean(SocketRegistry.class);
				Feed feed = context.getBean(Feed.class);
				assertThat(registry.clientNames()).containsExactly("feed");
				assertThat(registry.client("feed")).isNull();
				TcpServer<Void> echo = listen(port);
				await().until(() -> registry.client("feed") != null);
				assertThat(registry.clients()).containsOnlyKeys("feed");
				await().until(() -> feed.received.contains("hello 1"));
				echo.stop(true);
				await().until(() -> feed.closes.get() == 1);
				echo = listen(port);
				await().until(() -> feed.opens.get() == 2);
				await().until(() -> feed.received.contains("hello 2"));
				registry.client("feed").write("ping");
				await().until(() -> feed.received.contains("ping"));
				TcpServer<Void> running = echo;
				context.close();
				await().until(() -> running.connectionCount() == 0);
				assertThat(registry.clients()).isEmpty();
				assertThat(feed.opens).hasValue(2);
			});
	}

	@Test
	void listenerAndClientTakeAUnixSocketFileFromTheProperties() {
		Path file = this.directory.resolve("local.sock");
		this.contextRunner.withBean(LocalEcho.class)
			.withPropertyValues("sockwork.tcp.listeners.local.unix=" + file,
					"sockwork.tcp.clients.local-client.unix=" + file)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(file).exists();
				LocalEcho echo = context.getBean(LocalEcho.class);
				await().until(() -> echo.received.contains("over unix"));
				assertThat(context.getBean(SocketRegistry.class).server("local").hostname()).isEqualTo(file.toString());
				context.close();
				assertThat(file).doesNotExist();
			});
	}

	@Test
	void anIpv6OnlyClientTriesIpv6AddressesOnly() throws IOException {
		int port = freePort();
		TcpServer<Void> dualStack = this.server.listen(TcpListenOptions.port(port), new TcpHandler<Void>() {
		});
		String[] feed = { "sockwork.tcp.clients.feed.port=" + port,
				"sockwork.tcp.clients.feed.reconnect.initial-delay=10ms",
				"sockwork.tcp.clients.feed.reconnect.max-delay=50ms" };
		this.contextRunner.withBean(Feed.class)
			.withPropertyValues(feed)
			.withPropertyValues("sockwork.tcp.clients.feed.host=127.0.0.1", "sockwork.tcp.clients.feed.ipv6-only=true")
			.run((context) -> {
				SocketRegistry registry = context.getBean(SocketRegistry.class);
				await().during(Duration.ofMillis(500)).until(() -> registry.client("feed") == null);
				assertThat(dualStack.connectionCount()).isZero();
			});
		this.contextRunner.withBean(Feed.class)
			.withPropertyValues(feed)
			.withPropertyValues("sockwork.tcp.clients.feed.host=::1", "sockwork.tcp.clients.feed.ipv6-only=true")
			.run((context) -> {
				SocketRegistry registry = context.getBean(SocketRegistry.class);
				await().until(() -> registry.client("feed") != null);
				assertThat(registry.client("feed").remoteFamily()).isEqualTo("IPv6");
			});
	}

	@Test
	void revocationListsWithoutABundleFailStartUp() {
		this.contextRunner.withBean(Feed.class)
			.withPropertyValues("sockwork.tcp.clients.feed.host=127.0.0.1", "sockwork.tcp.clients.feed.port=1",
					"sockwork.tcp.clients.feed.tls.crl=" + this.directory.resolve("revoked.crl"))
			.run((context) -> assertThat(context.getStartupFailure()).isInstanceOf(InvalidListenerException.class)
				.hasMessageContaining("tls.crl")
				.hasMessageContaining("no tls.bundle"));
	}

	@Test
	void clientWithoutAnAddressFailsStartUpNamingTheMethod() {
		this.contextRunner.withBean(Nowhere.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).isInstanceOf(InvalidListenerException.class)
				.hasMessageContaining("Client 'nowhere'")
				.hasMessageContaining("Nowhere.data")
				.hasMessageContaining("No host and port");
		});
	}

	private TcpServer<Void> listen(int port) {
		return this.server.listen(TcpListenOptions.port(port).withHost("127.0.0.1"), new TcpHandler<Void>() {
			@Override
			public void data(TcpSocket<Void> socket, ByteBuffer data) {
				socket.write(data);
			}
		});
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	static class Feed {

		final AtomicInteger opens = new AtomicInteger();

		final AtomicInteger closes = new AtomicInteger();

		final List<String> received = new CopyOnWriteArrayList<>();

		@TcpClient(name = "feed")
		void data(String text) {
			this.received.add(text);
		}

		@OnOpen("feed")
		void open(TcpSocket<?> socket) {
			socket.write("hello " + this.opens.incrementAndGet());
		}

		@OnClose("feed")
		void close() {
			this.closes.incrementAndGet();
		}

	}

	static class LocalEcho {

		final List<String> received = new CopyOnWriteArrayList<>();

		@TcpListener(name = "local")
		String echo(String text) {
			return text;
		}

		@TcpClient(name = "local-client")
		void data(String text) {
			this.received.add(text);
		}

		@OnOpen("local-client")
		String open() {
			return "over unix";
		}

	}

	static class Nowhere {

		@TcpClient(name = "nowhere")
		void data(String text) {
		}

	}

}
