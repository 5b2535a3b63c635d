package io.sockwork.core;

import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * A TCP server's life: handler reload keeps live sockets and their data, a port in use is
 * named, a throwing handler affects only its socket, the connection limit and idle
 * timeout hold (also after {@code reconfigure}), and bad options are named.
 */
class TcpServerTests {

	private final SocketEngine engine = new SocketEngine(EngineOptions.defaults().withThreads(2));

	@AfterEach
	void closeEngine() {
		this.engine.close();
	}

	@Test
	void reloadSwitchesLiveSocketsToTheNewHandlersAndKeepsTheirData() {
		TcpServer<String> server = this.engine.listen(TcpListenOptions.port(0).withHost("127.0.0.1"),
				new TcpHandler<String>() {
					@Override
					public void open(TcpSocket<String> socket) {
						socket.data("session-1");
					}

					@Override
					public void data(TcpSocket<String> socket, ByteBuffer data) {
						socket.write(data);
					}
				});
		try (BlockingClient client = new BlockingClient(server.port())) {
			assertThat(client.send("before").readString(6)).isEqualTo("before");
			server.reload(new TcpHandler<>() {
				@Override
				public void data(TcpSocket<String> socket, ByteBuffer data) {
					socket.write(socket.data() + ":"
							+ StandardCharsets.UTF_8.decode(data).toString().toUpperCase(Locale.ROOT));
				}
			});
			assertThat(client.send("after").readString(15)).isEqualTo("session-1:AFTER");
			assertThat(server.connectionCount()).isEqualTo(1);
			assertThat(server.isTls()).isFalse();
		}
	}

	@Test
	void aPortInUseFailsWithTheHostAndPortNamed() throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
			int port = taken.getLocalPort();
			assertThatThrownBy(
					() -> this.engine.listen(TcpListenOptions.port(port).withHost("127.0.0.1"), new EchoHandler()))
				.isInstanceOfSatisfying(SocketBindException.class, (ex) -> {
					assertThat(ex.port()).isEqualTo(port);
					assertThat(ex.host()).isEqualTo("127.0.0.1");
					assertThat(ex.isAddressInUse()).isTrue();
				})
				.hasMessageContaining("127.0.0.1:" + port)
				.hasMessageContaining("in use");
		}
	}

	@Test
	void aHandlerThatThrowsReachesTheErrorHandlerAndOtherSocketsKeepBeingServed() {
		List<String> errors = new CopyOnWriteArrayList<>();
		TcpServer<Void> server = this.engine.listen(TcpListenOptions.port(0).withHost("127.0.0.1"),
				new TcpHandler<Void>() {
					@Override
					public void data(TcpSocket<Void> socket, ByteBuffer data) {
						String text = StandardCharsets.UTF_8.decode(data).toString();
						if (text.startsWith("boom")) {
							throw new IllegalStateException(text);
						}
						socket.write(text);
					}

					@Override
					public void error(TcpSocket<Void> socket, Throwable error) {
						errors.add(error.getMessage());
						socket.write("error: " + error.getMessage());
					}
				});
		try (BlockingClient bad = new BlockingClient(server.port());
				BlockingClient good = new BlockingClient(server.port())) {
			assertThat(bad.send("boom").readString(11)).isEqualTo("error: boom");
			assertThat(good.send("fine").readString(4)).isEqualTo("fine");
			assertThat(bad.send("still open").readString(10)).isEqualTo("still open");
			assertThat(errors).containsExactly("boom");
			assertThat(server.stats().handlerErrors(SocketEvent.DATA)).isEqualTo(1);
		}
	}

	@Test
	void connectionsOverTheLimitAreClosedAtOnceAndCounted() {
		TcpServer<Void> server = this.engine
			.listen(TcpListenOptions.port(0).withHost("127.0.0.1").withMaxConnections(2), new EchoHandler());
		try (BlockingClient first = new BlockingClient(server.port());
				BlockingClient second = new BlockingClient(server.port())) {
			await().until(() -> server.connectionCount() == 2);
			try (BlockingClient third = new BlockingClient(server.port())) {
				assertThat(third.readToEnd()).isEmpty();
				assertThat(server.stats().rejected()).isEqualTo(1);
			}
			first.close();
			await().until(() -> server.connectionCount() == 1);
			try (BlockingClient fourth = new BlockingClient(server.port())) {
				assertThat(fourth.send("welcome").readString(7)).isEqualTo("welcome");
			}
			assertThat(second.send("ok").readString(2)).isEqualTo("ok");
		}
	}

	@Test
	void idleSocketsGetTheirTimeoutHandlerThenAreClosed() {
		AtomicInteger timeouts = new AtomicInteger();
		TcpServer<Void> server = this.engine.listen(
				TcpListenOptions.port(0).withHost("127.0.0.1").withIdleTimeout(Duration.ofMillis(300)),
				new TcpHandler<Void>() {
					@Override
					public void data(TcpSocket<Void> socket, ByteBuffer data) {
						socket.write(data);
					}

					@Override
					public void timeout(TcpSocket<Void> socket) {
						timeouts.incrementAndGet();
						socket.write("idle, bye");
					}
				});
		try (BlockingClient client = new BlockingClient(server.port())) {
			assertThat(client.send("hi").readString(2)).isEqualTo("hi");
			assertThat(new String(client.readToEnd(), StandardCharsets.UTF_8)).isEqualTo("idle, bye");
			assertThat(timeouts.get()).isEqualTo(1);
		}
	}

	@Test
	void reconfigureGivesOpenAndNewSocketsTheNewIdleTimeoutAndConnectionLimit() {
		TcpServer<Void> server = this.engine.listen(TcpListenOptions.port(0).withHost("127.0.0.1"), new EchoHandler());
		try (BlockingClient open = new BlockingClient(server.port())) {
			assertThat(open.send("hi").readString(2)).isEqualTo("hi");
			server.reconfigure(TcpListenOptions.port(0)
				.withIdleTimeout(Duration.ofMillis(200))
				.withMaxConnections(1)
				.withSocket(TcpSocketOptions.DEFAULT.withNoDelay(false)));
			try (BlockingClient overLimit = new BlockingClient(server.port())) {
				assertThat(overLimit.readToEnd()).isEmpty();
			}
			assertThat(open.readToEnd()).isEmpty();
			assertThat(server.stats().rejected()).isEqualTo(1);
		}
		try (BlockingClient next = new BlockingClient(server.port())) {
			assertThat(next.send("new").readString(3)).isEqualTo("new");
			assertThat(next.readToEnd()).isEmpty();
		}
	}

	@Test
	void invalidOptionsAreRejectedWithTheOptionNamed() {
		assertThatThrownBy(() -> TcpListenOptions.port(-1)).hasMessageContaining("'port'").hasMessageContaining("-1");
		assertThatThrownBy(() -> new WaterMarks(64, 32)).hasMessageContaining("low-water mark (64 bytes)")
			.hasMessageContaining("high-water mark (32 bytes)");
		assertThatThrownBy(() -> TcpListenOptions.port(0).withMaxConnections(-5))
			.hasMessageContaining("'maxConnections'");
		assertThatThrownBy(() -> new EngineOptions(-1, Transport.NIO)).hasMessageContaining("'threads'");
	}

}
