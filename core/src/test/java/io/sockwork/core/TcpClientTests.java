package io.sockwork.core;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Client sockets ({@code Bun.connect}): {@code open} runs before the future completes, a
 * refused connection calls {@code connectError} only, {@code cork} sends its writes in
 * one flush, a socket can reload its own handlers, and a client has a listener's framing
 * and idle timeout.
 */
class TcpClientTests {

	private final SocketEngine engine = new SocketEngine(EngineOptions.defaults().withThreads(2));

	@AfterEach
	void closeEngine() {
		this.engine.close();
	}

	@Test
	void connectOpensTheSocketBeforeTheFutureCompletes() throws Exception {
		TcpServer<Void> server = this.engine.listen(TcpListenOptions.port(0).withHost("127.0.0.1"), new EchoHandler());
		List<String> events = new CopyOnWriteArrayList<>();
		CompletableFuture<TcpSocket<Void>> connecting = this.engine
			.connect(TcpConnectOptions.to("localhost", server.port()), new TcpHandler<Void>() {
				@Override
				public void open(TcpSocket<Void> socket) {
					events.add("open");
				}

				@Override
				public void data(TcpSocket<Void> socket, ByteBuffer data) {
					events.add(StandardCharsets.UTF_8.decode(data).toString());
				}
			})
			.whenComplete((socket, error) -> events.add("resolved"));
		TcpSocket<Void> socket = connecting.get(5, TimeUnit.SECONDS);
		assertThat(events).startsWith("open", "resolved");
		assertThat(socket.readyState()).isEqualTo(ReadyState.OPEN);
		assertThat(socket.remotePort()).isEqualTo(server.port());
		assertThat(socket.localPort()).isPositive();
		assertThat(socket.write("ping")).isEqualTo(4);
		await().until(() -> events.contains("ping"));
		assertThat(socket.bytesWritten()).isEqualTo(4);
		socket.close();
		await().until(() -> socket.readyState() == ReadyState.CLOSED);
	}

	@Test
	void aRefusedConnectionCallsConnectErrorThenFailsTheFutureWithoutCloseOrError() throws Exception {
		int port;
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			port = probe.getLocalPort();
		}
		List<String> events = new CopyOnWriteArrayList<>();
		AtomicReference<Throwable> connectError = new AtomicReference<>();
		CompletableFuture<TcpSocket<Void>> connecting = this.engine.connect(TcpConnectOptions.to("127.0.0.1", port),
				new TcpHandler<Void>() {
					@Override
					public void connectError(TcpSocket<Void> socket, Throwable error) {
						events.add("connectError");
						connectError.set(error);
					}

					@Override
					public void close(TcpSocket<Void> socket, Throwable error) {
						events.add("close");
					}

					@Override
					public void error(TcpSocket<Void> socket, Throwable error) {
						events.add("error");
					}
				});
		assertThatThrownBy(() -> connecting.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
			.hasCauseInstanceOf(ConnectException.class);
		assertThat(events).containsExactly("connectError");
		assertThat(connectError.get()).isInstanceOf(ConnectException.class).hasMessageContaining("refused");
	}

	@Test
	void corkSendsEveryWriteInsideInOneFlush() throws Exception {
		List<Integer> chunkSizes = new CopyOnWriteArrayList<>();
		TcpServer<Void> server = this.engine.listen(TcpListenOptions.port(0).withHost("127.0.0.1"),
				new TcpHandler<Void>() {
					@Override
					public void data(TcpSocket<Void> socket, ByteBuffer data) {
						chunkSizes.add(data.remaining());
					}
				});
		TcpSocket<Void> client = this.engine
			.connect(TcpConnectOptions.to("127.0.0.1", server.port()), new TcpHandler<Void>() {
			})
			.get(5, TimeUnit.SECONDS);
		client.cork(() -> {
			for (int i = 0; i < 100; i++) {
				assertThat(client.write(new byte[] { (byte) i })).isEqualTo(1);
			}
		});
		await().atMost(Duration.ofSeconds(5)).until(() -> chunkSizes.stream().mapToInt(Integer::intValue).sum() == 100);
		assertThat(chunkSizes).containsExactly(100);
		client.close();
	}

	@Test
	void aSocketCanReloadItsOwnHandlers() throws Exception {
		TcpServer<Void> server = this.engine.listen(TcpListenOptions.port(0).withHost("127.0.0.1"), new EchoHandler());
		List<String> received = new CopyOnWriteArrayList<>();
		TcpSocket<Void> client = this.engine
			.connect(TcpConnectOptions.to("127.0.0.1", server.port()), new TcpHandler<Void>() {
				@Override
				public void data(TcpSocket<Void> socket, ByteBuffer data) {
					received.add("v1:" + StandardCharsets.UTF_8.decode(data));
				}
			})
			.get(5, TimeUnit.SECONDS);
		client.write("a");
		await().until(() -> received.contains("v1:a"));
		client.reload(new TcpHandler<>() {
			@Override
			public void data(TcpSocket<Void> socket, ByteBuffer data) {
				received.add("v2:" + StandardCharsets.UTF_8.decode(data));
			}
		});
		client.write("b");
		await().until(() -> received.contains("v2:b"));
		assertThat(received).containsExactly("v1:a", "v2:b");
		client.close();
	}

	@Test
	void aLinesFramedClientReceivesWholeLinesAndWritesFrames() throws Exception {
		List<String> serverReceived = new CopyOnWriteArrayList<>();
		TcpServer<Void> server = this.engine.listen(TcpListenOptions.port(0).withHost("127.0.0.1"),
				new TcpHandler<Void>() {
					@Override
					public void open(TcpSocket<Void> socket) {
						socket.write("one\ntw");
						socket.write("o\nthr");
						socket.write("ee\n");
					}

					@Override
					public void data(TcpSocket<Void> socket, ByteBuffer data) {
						serverReceived.add(StandardCharsets.UTF_8.decode(data).toString());
					}
				});
		List<String> lines = new CopyOnWriteArrayList<>();
		TcpSocket<Void> socket = this.engine
			.connect(TcpConnectOptions.to("127.0.0.1", server.port()).withFraming(Framing.lines(16)),
					new TcpHandler<Void>() {
						@Override
						public void data(TcpSocket<Void> socket, ByteBuffer data) {
							lines.add(StandardCharsets.UTF_8.decode(data).toString());
						}
					})
			.get(10, TimeUnit.SECONDS);
		await().atMost(Duration.ofSeconds(10)).until(() -> lines.size() == 3);
		assertThat(lines).containsExactly("one", "two", "three");
		socket.writeFrame(ByteBuffer.wrap("four".getBytes(StandardCharsets.UTF_8)));
		await().atMost(Duration.ofSeconds(10)).until(() -> String.join("", serverReceived).equals("four\n"));
		socket.close();
	}

	@Test
	void anIdleClientGetsTimeoutAndCloses() throws Exception {
		TcpServer<Void> server = this.engine.listen(TcpListenOptions.port(0).withHost("127.0.0.1"), new EchoHandler());
		List<String> events = new CopyOnWriteArrayList<>();
		TcpSocket<Void> socket = this.engine
			.connect(TcpConnectOptions.to("127.0.0.1", server.port()).withIdleTimeout(Duration.ofMillis(200)),
					new TcpHandler<Void>() {
						@Override
						public void timeout(TcpSocket<Void> socket) {
							events.add("timeout");
						}

						@Override
						public void close(TcpSocket<Void> socket, Throwable error) {
							events.add("close");
						}
					})
			.get(10, TimeUnit.SECONDS);
		await().atMost(Duration.ofSeconds(10)).until(() -> socket.readyState() == ReadyState.CLOSED);
		await().atMost(Duration.ofSeconds(10)).until(() -> events.contains("close"));
		assertThat(events).containsExactly("timeout", "close");
	}

}
