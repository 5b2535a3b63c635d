package io.sockwork.core;

import java.io.UncheckedIOException;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Ending and closing: {@code terminate} resets, half-open and not, {@code end} sends what
 * was written then FIN and refuses later writes, {@code shutdown} half-closes, and a
 * server's {@code stop} and {@code stopGracefully} treat open sockets as documented.
 */
class TcpCloseTests {

	private final SocketEngine engine = new SocketEngine(EngineOptions.defaults().withThreads(2));

	@AfterEach
	void closeEngine() {
		this.engine.close();
	}

	@Test
	void terminateResetsTheConnection() {
		TcpServer<Void> server = listen(TcpSocketOptions.DEFAULT, new TcpHandler<>() {
			@Override
			public void data(TcpSocket<Void> socket, java.nio.ByteBuffer data) {
				socket.write("dropped");
				socket.terminate();
			}
		});
		try (BlockingClient client = new BlockingClient(server.port())) {
			client.send("reset me");
			assertThatThrownBy(() -> client.read(new byte[16])).isInstanceOf(UncheckedIOException.class)
				.hasCauseInstanceOf(SocketException.class)
				.hasMessageContaining("reset");
		}
	}

	@Test
	void withoutHalfOpenTheSocketClosesAfterTheEndHandlerAndItsWritesStillGoOut() {
		List<String> events = new CopyOnWriteArrayList<>();
		TcpServer<Void> server = listen(TcpSocketOptions.DEFAULT, recordingEnd(events, "bye"));
		try (BlockingClient client = new BlockingClient(server.port())) {
			client.shutdownOutput();
			assertThat(new String(client.readToEnd(), StandardCharsets.UTF_8)).isEqualTo("bye");
			await().until(() -> events.equals(List.of("end", "close")));
		}
	}

	@Test
	void withHalfOpenTheSocketStaysOpenForWritingAfterThePeerEnds() {
		List<String> events = new CopyOnWriteArrayList<>();
		AtomicReference<TcpSocket<Void>> serverSocket = new AtomicReference<>();
		TcpHandler<Void> handler = recordingEnd(events, "still here");
		TcpServer<Void> server = listen(TcpSocketOptions.DEFAULT.withAllowHalfOpen(true), new TcpHandler<>() {
			@Override
			public void open(TcpSocket<Void> socket) {
				serverSocket.set(socket);
			}

			@Override
			public void end(TcpSocket<Void> socket) {
				handler.end(socket);
			}

			@Override
			public void close(TcpSocket<Void> socket, Throwable error) {
				handler.close(socket, error);
			}
		});
		try (BlockingClient client = new BlockingClient(server.port())) {
			client.shutdownOutput();
			assertThat(client.readString(10)).isEqualTo("still here");
			assertThat(events).containsExactly("end");
			assertThat(serverSocket.get().readyState()).isEqualTo(ReadyState.OPEN);
			assertThat(serverSocket.get().write(" and more")).isEqualTo(9);
			serverSocket.get().end();
			assertThat(new String(client.readToEnd(), StandardCharsets.UTF_8)).isEqualTo(" and more");
			await().until(() -> events.equals(List.of("end", "close")));
		}
	}

	@Test
	void endSendsEverythingWrittenThenFinAndLaterWritesAreRefused() {
		AtomicInteger afterEnd = new AtomicInteger(Integer.MIN_VALUE);
		AtomicReference<ReadyState> stateAfterEnd = new AtomicReference<>();
		TcpServer<Void> server = listen(TcpSocketOptions.DEFAULT, new TcpHandler<>() {
			@Override
			public void open(TcpSocket<Void> socket) {
				socket.write("first ");
				socket.end("last".getBytes(StandardCharsets.UTF_8));
				stateAfterEnd.set(socket.readyState());
				afterEnd.set(socket.write("never"));
			}
		});
		try (BlockingClient client = new BlockingClient(server.port())) {
			assertThat(new String(client.readToEnd(), StandardCharsets.UTF_8)).isEqualTo("first last");
			await().until(() -> afterEnd.get() == -1);
			assertThat(stateAfterEnd.get()).isIn(ReadyState.SHUTDOWN, ReadyState.CLOSED);
		}
	}

	@Test
	void shutdownHalfClosesOutputAndKeepsReading() {
		List<String> received = new CopyOnWriteArrayList<>();
		TcpServer<Void> server = listen(TcpSocketOptions.DEFAULT.withAllowHalfOpen(true), new TcpHandler<>() {
			@Override
			public void open(TcpSocket<Void> socket) {
				socket.write("done writing");
				socket.shutdown();
			}

			@Override
			public void data(TcpSocket<Void> socket, java.nio.ByteBuffer data) {
				received.add(StandardCharsets.UTF_8.decode(data).toString());
			}
		});
		try (BlockingClient client = new BlockingClient(server.port())) {
			assertThat(new String(client.readToEnd(), StandardCharsets.UTF_8)).isEqualTo("done writing");
			client.send("but you can still talk");
			await().until(() -> String.join("", received).equals("but you can still talk"));
		}
	}

	@Test
	void stopWithoutClosingKeepsOpenSocketsAndRefusesNewOnes() {
		TcpServer<Void> server = listen(TcpSocketOptions.DEFAULT, new EchoHandler());
		try (BlockingClient client = new BlockingClient(server.port())) {
			await().until(() -> server.connectionCount() == 1);
			server.stop(false);
			assertThat(server.isListening()).isFalse();
			// NIO closes a registered listening socket on the selector's next turn: wait
			// for refusals.
			await().until(() -> isRefused(server.port()));
			assertThat(client.send("still echoing").readString(13)).isEqualTo("still echoing");
		}
	}

	@Test
	void stopClosingActiveConnectionsClosesOpenSockets() {
		TcpServer<Void> server = listen(TcpSocketOptions.DEFAULT, new EchoHandler());
		try (BlockingClient client = new BlockingClient(server.port())) {
			await().until(() -> server.connectionCount() == 1);
			server.stop(true);
			assertThat(client.readToEnd()).isEmpty();
			assertThat(server.connectionCount()).isZero();
		}
	}

	@Test
	void stopGracefullyEndsSocketsAfterWhatWasWrittenAndCompletes() throws Exception {
		AtomicReference<TcpSocket<Void>> serverSocket = new AtomicReference<>();
		TcpServer<Void> server = listen(TcpSocketOptions.DEFAULT, new TcpHandler<>() {
			@Override
			public void open(TcpSocket<Void> socket) {
				serverSocket.set(socket);
			}
		});
		try (BlockingClient client = new BlockingClient(server.port())) {
			await().until(() -> serverSocket.get() != null);
			serverSocket.get().write("x".repeat(50_000));
			var stopped = server.stopGracefully(java.time.Duration.ofSeconds(10));
			assertThat(client.readToEnd()).hasSize(50_000);
			assertThat(stopped).isNotDone();
			client.close();
			stopped.get(10, java.util.concurrent.TimeUnit.SECONDS);
			assertThat(server.connectionCount()).isZero();
		}
	}

	@Test
	void theCloseAfterEndWaitsForWhatTheHandlerStillRunsElsewhere() {
		ExecutorService elsewhere = Executors.newSingleThreadExecutor();
		try {
			CompletableFuture<Void> pending = new CompletableFuture<>();
			TcpServer<Void> server = listen(TcpSocketOptions.DEFAULT, new TcpHandler<>() {
				@Override
				public void end(TcpSocket<Void> socket) {
					elsewhere.execute(() -> {
						socket.write("written after end returned");
						pending.complete(null);
					});
				}

				@Override
				public CompletionStage<?> closing(TcpSocket<Void> socket) {
					return pending;
				}
			});
			try (BlockingClient client = new BlockingClient(server.port())) {
				client.shutdownOutput();
				assertThat(new String(client.readToEnd(), StandardCharsets.UTF_8))
					.isEqualTo("written after end returned");
			}
		}
		finally {
			elsewhere.shutdown();
		}
	}

	@Test
	void stopGracefullyWaitsForTheClosingOfEverySocket() {
		CompletableFuture<Void> pending = new CompletableFuture<>();
		TcpServer<Void> server = listen(TcpSocketOptions.DEFAULT, new TcpHandler<>() {
			@Override
			public CompletionStage<?> closing(TcpSocket<Void> socket) {
				return pending;
			}
		});
		CompletableFuture<Void> stopped;
		try (BlockingClient client = new BlockingClient(server.port())) {
			await().until(() -> server.connectionCount() == 1);
			stopped = server.stopGracefully(Duration.ofSeconds(30));
			assertThat(stopped).isNotDone();
			pending.complete(null);
			assertThat(client.readToEnd()).isEmpty();
		}
		await().until(stopped::isDone);
	}

	private static boolean isRefused(int port) {
		try (BlockingClient probe = new BlockingClient(port)) {
			return false;
		}
		catch (UncheckedIOException ex) {
			return ex.getCause() instanceof java.net.ConnectException;
		}
	}

	private static TcpHandler<Void> recordingEnd(List<String> events, String reply) {
		return new TcpHandler<>() {
			@Override
			public void end(TcpSocket<Void> socket) {
				events.add("end");
				socket.write(reply);
			}

			@Override
			public void close(TcpSocket<Void> socket, Throwable error) {
				events.add("close");
			}
		};
	}

	private TcpServer<Void> listen(TcpSocketOptions socketOptions, TcpHandler<Void> handler) {
		return this.engine.listen(TcpListenOptions.port(0).withHost("127.0.0.1").withSocket(socketOptions), handler);
	}

}
