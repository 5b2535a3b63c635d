package io.sockwork.boot.autoconfigure;

import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.sockwork.boot.annotation.FramingType;
import io.sockwork.boot.annotation.OnClose;
import io.sockwork.boot.annotation.OnDrain;
import io.sockwork.boot.annotation.OnError;
import io.sockwork.boot.annotation.OnOpen;
import io.sockwork.boot.annotation.OnTimeout;
import io.sockwork.boot.annotation.TcpClient;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.core.EngineOptions;
import io.sockwork.core.SocketEngine;
import io.sockwork.core.TcpHandler;
import io.sockwork.core.TcpListenOptions;
import io.sockwork.core.TcpServer;
import io.sockwork.core.TcpSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code @TcpClient} has a listener's options, from the annotation and from
 * {@code sockwork.tcp.clients.<name>.*} (which wins): framing with its maximum, idle
 * timeout, TCP_NODELAY and SO_KEEPALIVE, and write buffer water marks.
 */
class TcpClientOptionsTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SockworkAutoConfiguration.class));

	/** The server side, outside the application, as a remote service would be. */
	private final SocketEngine server = new SocketEngine(EngineOptions.defaults().withThreads(1));

	@AfterEach
	void closeServer() {
		this.server.close();
	}

	@Test
	void aLinesFramedClientReceivesWholeLinesWhateverTheServersChunksAndRepliesWithLines() {
		List<String> serverReceived = new CopyOnWriteArrayList<>();
		TcpServer<Void> lines = listen(new TcpHandler<>() {
			@Override
			public void open(TcpSocket<Void> socket) {
				for (String chunk : new String[] { "al", "pha\nbe", "ta\r", "\ngamma\n" }) {
					socket.write(chunk);
					socket.flush();
				}
			}

			@Override
			public void data(TcpSocket<Void> socket, ByteBuffer data) {
				serverReceived.add(StandardCharsets.UTF_8.decode(data).toString());
			}
		});
		this.contextRunner.withBean(LinesClient.class).withPropertyValues(client("lines", lines)).run((context) -> {
			assertThat(context).hasNotFailed();
			LinesClient client = context.getBean(LinesClient.class);
			await().atMost(WAIT).until(() -> client.lines.size() == 3);
			assertThat(client.lines).containsExactly("alpha", "beta", "gamma");
			// A returned value is written as one frame: a line.
			await().atMost(WAIT).until(() -> String.join("", serverReceived).equals("ALPHA\nBETA\nGAMMA\n"));
		});
	}

	@Test
	void aLineOverThePropertysMaximumClosesTheConnectionThoughTheAnnotationAllowsIt() {
		TcpServer<Void> lines = listen(new TcpHandler<>() {
			@Override
			public void open(TcpSocket<Void> socket) {
				socket.write("12345678\n123456789\n");
			}
		});
		this.contextRunner.withBean(LinesClient.class)
			.withPropertyValues(client("lines", lines))
			.withPropertyValues("sockwork.tcp.clients.lines.framing.max-length=8B")
			.run((context) -> {
				LinesClient client = context.getBean(LinesClient.class);
				await().atMost(WAIT).until(() -> client.closes.get() >= 1);
				assertThat(client.lines).first().isEqualTo("12345678");
				assertThat(client.lines).doesNotContain("123456789");
				assertThat(client.errors).first()
					.asString()
					.contains("a line (lines framing) is longer than the maximum of 8 bytes");
			});
	}

	@Test
	void anIdleClientGetsItsTimeoutHandlerAndIsClosed() {
		TcpServer<Void> silent = listen(new TcpHandler<>() {
		});
		this.contextRunner.withBean(IdleClient.class).withPropertyValues(client("idle", silent)).run((context) -> {
			IdleClient client = context.getBean(IdleClient.class);
			await().atMost(WAIT).until(() -> client.closes.get() >= 1);
			assertThat(client.timeouts).hasPositiveValue();
		});
	}

	@Test
	void theAnnotationsSocketOptionsAreSetOnTheChannel() {
		TcpServer<Void> silent = listen(new TcpHandler<>() {
		});
		this.contextRunner.withBean(IdleClient.class)
			.withPropertyValues(client("idle", silent))
			.withPropertyValues("sockwork.tcp.clients.idle.idle-timeout=1h")
			.run((context) -> {
				TcpSocket<?> socket = connected(context.getBean(SocketRegistry.class), "idle");
				Channel channel = channel(socket);
				assertThat(channel.config().getOption(ChannelOption.TCP_NODELAY)).isFalse();
				assertThat(channel.config().getOption(ChannelOption.SO_KEEPALIVE)).isTrue();
			});
	}

	@Test
	void propertiesOverrideTheAnnotationsSocketOptions() {
		TcpServer<Void> silent = listen(new TcpHandler<>() {
		});
		this.contextRunner.withBean(IdleClient.class)
			.withPropertyValues(client("idle", silent))
			.withPropertyValues("sockwork.tcp.clients.idle.idle-timeout=1h", "sockwork.tcp.clients.idle.no-delay=true",
					"sockwork.tcp.clients.idle.keep-alive=false")
			.run((context) -> {
				TcpSocket<?> socket = connected(context.getBean(SocketRegistry.class), "idle");
				Channel channel = channel(socket);
				assertThat(channel.config().getOption(ChannelOption.TCP_NODELAY)).isTrue();
				assertThat(channel.config().getOption(ChannelOption.SO_KEEPALIVE)).isFalse();
			});
	}

	@Test
	void theWaterMarksCutAWriteShortAndDrainFiresOnceTheBufferEmpties() {
		AtomicInteger serverReceived = new AtomicInteger();
		TcpServer<Void> sink = listen(new TcpHandler<>() {
			@Override
			public void data(TcpSocket<Void> socket, ByteBuffer data) {
				serverReceived.addAndGet(data.remaining());
			}
		});
		this.contextRunner.withBean(BulkClient.class).withPropertyValues(client("bulk", sink)).run((context) -> {
			BulkClient client = context.getBean(BulkClient.class);
			await().atMost(WAIT).until(() -> client.drains.get() >= 1);
			// 4KB, the annotation's high-water mark, not Netty's 64KB.
			assertThat(client.accepted.get()).isPositive().isLessThanOrEqualTo(4 * 1024 + 1);
			await().atMost(WAIT).until(() -> serverReceived.get() == client.accepted.get());
		});
	}

	@Test
	void theWriteBufferPropertiesOverrideTheAnnotation() {
		TcpServer<Void> sink = listen(new TcpHandler<>() {
		});
		this.contextRunner.withBean(BulkClient.class)
			.withPropertyValues(client("bulk", sink))
			.withPropertyValues("sockwork.tcp.clients.bulk.write-buffer.high-water-mark=16KB",
					"sockwork.tcp.clients.bulk.write-buffer.low-water-mark=8KB")
			.run((context) -> {
				BulkClient client = context.getBean(BulkClient.class);
				await().atMost(WAIT).until(() -> client.drains.get() >= 1);
				assertThat(client.accepted.get()).isGreaterThan(4 * 1024 + 1).isLessThanOrEqualTo(16 * 1024 + 1);
			});
	}

	private TcpServer<Void> listen(TcpHandler<Void> handler) {
		return this.server.listen(TcpListenOptions.port(0).withHost("127.0.0.1"), handler);
	}

	private static String[] client(String name, TcpServer<?> server) {
		String prefix = "sockwork.tcp.clients." + name + ".";
		return new String[] { prefix + "host=127.0.0.1", prefix + "port=" + server.port(),
				prefix + "reconnect.initial-delay=50ms", prefix + "reconnect.max-delay=200ms" };
	}

	private static TcpSocket<?> connected(SocketRegistry registry, String name) {
		await().atMost(WAIT).until(() -> registry.client(name) != null);
		return registry.client(name);
	}

	/**
	 * The Netty channel of a socket, read through core's package-private accessor (kept
	 * for tests that read socket options back): the options the kernel has, not the ones
	 * asked for.
	 */
	private static Channel channel(TcpSocket<?> socket) throws ReflectiveOperationException {
		Method channel = socket.getClass().getDeclaredMethod("channel");
		channel.setAccessible(true);
		return (Channel) channel.invoke(socket);
	}

	static class LinesClient {

		final List<String> lines = new CopyOnWriteArrayList<>();

		final List<Throwable> errors = new CopyOnWriteArrayList<>();

		final AtomicInteger closes = new AtomicInteger();

		@TcpClient(name = "lines", framing = FramingType.LINES, maxFrameLength = "64B")
		String data(String line) {
			this.lines.add(line);
			return line.toUpperCase();
		}

		@OnError("lines")
		void error(Throwable error) {
			this.errors.add(error);
		}

		@OnClose("lines")
		void close() {
			this.closes.incrementAndGet();
		}

	}

	static class IdleClient {

		final AtomicInteger timeouts = new AtomicInteger();

		final AtomicInteger closes = new AtomicInteger();

		@TcpClient(name = "idle", idleTimeout = "300ms", noDelay = false, keepAlive = true)
		void data(String text) {
		}

		@OnTimeout("idle")
		void timeout() {
			this.timeouts.incrementAndGet();
		}

		@OnClose("idle")
		void close() {
			this.closes.incrementAndGet();
		}

	}

	static class BulkClient {

		final AtomicInteger accepted = new AtomicInteger(-1);

		final AtomicInteger drains = new AtomicInteger();

		@TcpClient(name = "bulk", highWaterMark = "4KB", lowWaterMark = "2KB")
		void data(String text) {
		}

		@OnOpen("bulk")
		void open(TcpSocket<?> socket) {
			if (this.accepted.get() < 0) {
				this.accepted.set(socket.write(new byte[1024 * 1024]));
			}
		}

		@OnDrain("bulk")
		void drain() {
			this.drains.incrementAndGet();
		}

	}

}
