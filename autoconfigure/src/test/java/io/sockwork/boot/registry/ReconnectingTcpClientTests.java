package io.sockwork.boot.registry;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.sockwork.boot.config.ReconnectBackoff;
import io.sockwork.boot.config.TcpClientEndpoint;
import io.sockwork.core.EngineOptions;
import io.sockwork.core.SocketEngine;
import io.sockwork.core.TcpConnectOptions;
import io.sockwork.core.TcpHandler;
import io.sockwork.core.TcpListenOptions;
import io.sockwork.core.TcpServer;
import io.sockwork.core.TcpSocket;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A reconnecting client connects once its server is up and again after the server
 * restarts, and {@code stop} closes the connection for good.
 */
class ReconnectingTcpClientTests {

	private static final ReconnectBackoff FAST = new ReconnectBackoff(Duration.ofMillis(10), Duration.ofMillis(50), 2.0,
			0.1);

	private final SocketEngine engine = new SocketEngine(EngineOptions.defaults().withThreads(1));

	private final Events events = new Events();

	@AfterEach
	void closeEngine() {
		this.engine.close();
	}

	@Test
	void connectsOnceTheServerIsUpAndAgainAfterItRestarts() throws IOException {
		int port = freePort();
		ReconnectingTcpClient client = client(port);
		client.start();
		assertThat(client.socket()).isNull();
		await().until(() -> this.events.connectErrors.get() >= 2);
		TcpServer<Void> server = listen(port);
		await().until(() -> client.socket() != null);
		assertThat(this.events.opens).hasValue(1);
		server.stop(true);
		await().until(() -> client.socket() == null);
		server = listen(port);
		await().until(() -> client.socket() != null);
		assertThat(this.events.opens).hasValue(2);
		client.socket().write("again");
		await().until(() -> this.events.received.contains("again"));
		client.stop();
		server.stop(true);
	}

	@Test
	void stopClosesTheConnectionAndConnectsNoMore() throws IOException {
		int port = freePort();
		TcpServer<Void> server = listen(port);
		ReconnectingTcpClient client = client(port);
		client.start();
		await().until(() -> client.socket() != null);
		client.stop();
		assertThat(client.socket()).isNull();
		await().until(() -> server.connectionCount() == 0);
		int opens = this.events.opens.get();
		// A reconnect after stop would open within a few backoff periods of 10 to 50ms.
		await().during(Duration.ofMillis(300))
			.atMost(Duration.ofSeconds(2))
			.until(() -> this.events.opens.get() == opens);
		assertThat(server.connectionCount()).isZero();
		server.stop(true);
	}

	private ReconnectingTcpClient client(int port) {
		TcpClientEndpoint endpoint = new TcpClientEndpoint("test", "test()",
				TcpConnectOptions.to("127.0.0.1", port).withConnectTimeout(Duration.ofSeconds(1)), null, FAST, false,
				this.events);
		return new ReconnectingTcpClient(this.engine, endpoint);
	}

	private TcpServer<Void> listen(int port) {
		return this.engine.listen(TcpListenOptions.port(port).withHost("127.0.0.1"), new TcpHandler<Void>() {
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

	static final class Events implements TcpHandler<Object> {

		final AtomicInteger opens = new AtomicInteger();

		final AtomicInteger connectErrors = new AtomicInteger();

		final List<String> received = new CopyOnWriteArrayList<>();

		@Override
		public void open(TcpSocket<Object> socket) {
			this.opens.incrementAndGet();
		}

		@Override
		public void data(TcpSocket<Object> socket, ByteBuffer data) {
			this.received.add(StandardCharsets.UTF_8.decode(data).toString());
		}

		@Override
		public void connectError(TcpSocket<Object> socket, @Nullable Throwable error) {
			this.connectErrors.incrementAndGet();
		}

	}

}
