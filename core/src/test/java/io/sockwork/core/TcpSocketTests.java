package io.sockwork.core;

import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.netty.channel.ChannelConfig;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.nio.NioChannelOption;
import jdk.net.ExtendedSocketOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * One TCP socket's own controls: {@code timeout} fires once without closing, counted from
 * when it was armed even after traffic that marked the socket active,
 * {@code pause}/{@code resume} stop and restart data, {@code data} is a read-only view,
 * array writes check their bounds, a failing error handler is logged and counted without
 * closing the socket, {@code shutdown(true)} stops reading and keeps writing,
 * {@code flush} sends corked writes made off the event loop, and {@code setKeepAlive}
 * sets SO_KEEPALIVE and TCP_KEEPIDLE on the channel; {@code attachment} is made once
 * however many threads ask, and a socket that closed before a graceful stop waited for it
 * counts as settled.
 */
class TcpSocketTests {

	private final SocketEngine engine = new SocketEngine(EngineOptions.defaults().withThreads(2));

	@AfterEach
	void closeEngine() {
		this.engine.close();
	}

	@Test
	void timeoutFiresOnceAfterSilenceAndDoesNotClose() {
		AtomicInteger timeouts = new AtomicInteger();
		AtomicReference<TcpSocket<Void>> serverSocket = new AtomicReference<>();
		TcpServer<Void> server = listen(new TcpHandler<>() {
			@Override
			public void open(TcpSocket<Void> socket) {
				serverSocket.set(socket);
				socket.timeout(Duration.ofMillis(200));
			}

			@Override
			public void timeout(TcpSocket<Void> socket) {
				timeouts.incrementAndGet();
			}
		});
		try (BlockingClient client = new BlockingClient(server.port())) {
			await().until(() -> timeouts.get() == 1);
			await().during(Duration.ofMillis(500)).until(() -> timeouts.get() == 1);
			assertThat(serverSocket.get().readyState()).isEqualTo(ReadyState.OPEN);
			serverSocket.get().timeout(Duration.ZERO);
		}
	}

	@Test
	void timeoutArmedAfterTrafficCountsFromWhenItWasArmed() {
		AtomicLong firedAt = new AtomicLong();
		AtomicReference<TcpSocket<Void>> serverSocket = new AtomicReference<>();
		TcpServer<Void> server = listen(new TcpHandler<>() {
			@Override
			public void data(TcpSocket<Void> socket, ByteBuffer data) {
				serverSocket.set(socket);
				socket.write(data);
			}

			@Override
			public void timeout(TcpSocket<Void> socket) {
				firedAt.set(System.nanoTime());
			}
		});
		try (BlockingClient client = new BlockingClient(server.port())) {
			// The echo marks the socket active without reading the clock; arming the
			// timeout must time that mark rather than let its first check find it.
			assertThat(client.send("x").readString(1)).isEqualTo("x");
			long armedAt = System.nanoTime();
			serverSocket.get().timeout(Duration.ofSeconds(1));
			await().atMost(Duration.ofSeconds(5)).until(() -> firedAt.get() != 0);
			assertThat(Duration.ofNanos(firedAt.get() - armedAt)).isBetween(Duration.ofSeconds(1),
					Duration.ofMillis(1500));
		}
	}

	@Test
	void pauseStopsDataUntilResume() {
		List<String> received = new CopyOnWriteArrayList<>();
		AtomicReference<TcpSocket<Void>> serverSocket = new AtomicReference<>();
		TcpServer<Void> server = listen(new TcpHandler<>() {
			@Override
			public void open(TcpSocket<Void> socket) {
				serverSocket.set(socket);
				socket.pause();
			}

			@Override
			public void data(TcpSocket<Void> socket, ByteBuffer data) {
				received.add(java.nio.charset.StandardCharsets.UTF_8.decode(data).toString());
			}
		});
		try (BlockingClient client = new BlockingClient(server.port())) {
			client.send("held back");
			await().during(Duration.ofMillis(300)).until(received::isEmpty);
			serverSocket.get().resume();
			await().until(() -> String.join("", received).equals("held back"));
		}
	}

	@Test
	void dataIsAReadOnlyViewAndStateIsReported() {
		AtomicReference<Throwable> writeToView = new AtomicReference<>();
		AtomicReference<TcpSocket<Void>> serverSocket = new AtomicReference<>();
		List<String> closes = new CopyOnWriteArrayList<>();
		TcpServer<Void> server = listen(new TcpHandler<>() {
			@Override
			public void data(TcpSocket<Void> socket, ByteBuffer data) {
				serverSocket.set(socket);
				try {
					data.put(0, (byte) 1);
				}
				catch (ReadOnlyBufferException ex) {
					writeToView.set(ex);
				}
				socket.write(data);
			}

			@Override
			public void close(TcpSocket<Void> socket, Throwable error) {
				closes.add(String.valueOf(error));
			}
		});
		try (BlockingClient client = new BlockingClient(server.port())) {
			assertThat(client.send("abc").readString(3)).isEqualTo("abc");
			assertThat(writeToView.get()).isInstanceOf(ReadOnlyBufferException.class);
			TcpSocket<Void> socket = serverSocket.get();
			assertThat(socket.readyState()).isEqualTo(ReadyState.OPEN);
			assertThat(socket.bytesWritten()).isEqualTo(3);
			assertThat(socket.localPort()).isEqualTo(server.port());
			assertThat(socket.remotePort()).isEqualTo(client.socket().getLocalPort());
			assertThat(socket.setNoDelay(false)).isTrue();
			assertThat(socket.setKeepAlive(true, Duration.ofSeconds(30))).isTrue();
		}
		await().until(() -> serverSocket.get().readyState() == ReadyState.CLOSED);
		assertThat(closes).containsExactly("null");
		assertThat(serverSocket.get().write("late")).isEqualTo(-1);
	}

	@Test
	void writeRejectsOffsetsOutsideTheArray() {
		AtomicReference<Throwable> failure = new AtomicReference<>();
		TcpServer<Void> server = listen(new TcpHandler<>() {
			@Override
			public void open(TcpSocket<Void> socket) {
				socket.write(new byte[4], 2, 5);
			}

			@Override
			public void error(TcpSocket<Void> socket, Throwable error) {
				failure.set(error);
			}
		});
		try (BlockingClient client = new BlockingClient(server.port())) {
			await().until(() -> failure.get() != null);
			assertThat(failure.get()).isInstanceOf(IndexOutOfBoundsException.class)
				.hasMessageContaining("offset 2 and length 5");
		}
	}

	@Test
	void aFailingErrorHandlerIsLoggedAndCountedWithoutClosingTheSocket() {
		TcpServer<Void> server = listen(new TcpHandler<>() {
			@Override
			public void data(TcpSocket<Void> socket, ByteBuffer data) {
				if (data.get(0) == 'x') {
					throw new IllegalStateException("data failed");
				}
				socket.write(data);
			}

			@Override
			public void error(TcpSocket<Void> socket, Throwable error) {
				throw new IllegalStateException("error failed too");
			}
		});
		try (BlockingClient client = new BlockingClient(server.port())) {
			client.send("x");
			await().until(() -> server.stats().handlerErrors(SocketEvent.ERROR) == 1);
			assertThat(server.stats().handlerErrors(SocketEvent.DATA)).isEqualTo(1);
			assertThat(client.send("ok").readString(2)).isEqualTo("ok");
		}
		assertThatThrownBy(() -> listen(null)).hasMessageContaining("'handler'");
	}

	@Test
	void shutdownOfTheReadSideStopsDataAndKeepsWriting() {
		List<String> received = new CopyOnWriteArrayList<>();
		AtomicReference<TcpSocket<Void>> serverSocket = new AtomicReference<>();
		TcpServer<Void> server = listen(new TcpHandler<>() {
			@Override
			public void open(TcpSocket<Void> socket) {
				socket.shutdown(true);
				serverSocket.set(socket);
			}

			@Override
			public void data(TcpSocket<Void> socket, ByteBuffer data) {
				received.add(StandardCharsets.UTF_8.decode(data).toString());
			}
		});
		try (BlockingClient client = new BlockingClient(server.port())) {
			await().until(() -> serverSocket.get() != null);
			client.send("not read");
			await().during(Duration.ofMillis(300)).until(received::isEmpty);
			TcpSocket<Void> socket = serverSocket.get();
			assertThat(socket.readyState()).isEqualTo(ReadyState.OPEN);
			assertThat(socket.write("still writing")).isEqualTo(13);
			assertThat(client.readString(13)).isEqualTo("still writing");
		}
	}

	@Test
	void flushSendsWritesCorkedOffTheEventLoop() throws Exception {
		List<String> received = new CopyOnWriteArrayList<>();
		TcpServer<Void> server = listen(new TcpHandler<>() {
			@Override
			public void data(TcpSocket<Void> socket, ByteBuffer data) {
				received.add(StandardCharsets.UTF_8.decode(data).toString());
			}
		});
		TcpSocket<Void> client = this.engine
			.connect(TcpConnectOptions.to("127.0.0.1", server.port()), new TcpHandler<Void>() {
			})
			.get(5, TimeUnit.SECONDS);
		client.cork(() -> {
			client.write("first");
			client.flush();
			// Without the flush, the cork would hold "first" until it ends.
			await().until(() -> String.join("", received).equals("first"));
			client.write("second");
		});
		await().until(() -> String.join("", received).equals("firstsecond"));
		client.close();
	}

	@Test
	void attachmentIsMadeOnceWhenThreadsAskAtTheSameTime() throws Exception {
		AtomicReference<TcpSocket<Void>> serverSocket = new AtomicReference<>();
		TcpServer<Void> server = listenKeepingOpened(serverSocket);
		try (BlockingClient client = new BlockingClient(server.port())) {
			await().until(() -> serverSocket.get() != null);
			TcpSocket<Void> socket = serverSocket.get();
			AtomicInteger made = new AtomicInteger();
			CompletableFuture<Void> start = new CompletableFuture<>();
			ExecutorService threads = Executors.newFixedThreadPool(8);
			try {
				List<CompletableFuture<Object>> asked = new ArrayList<>();
				for (int i = 0; i < 8; i++) {
					asked.add(CompletableFuture.supplyAsync(() -> {
						start.join();
						return socket.attachment(() -> "made " + made.incrementAndGet());
					}, threads));
				}
				start.complete(null);
				for (CompletableFuture<Object> attachment : asked) {
					assertThat(attachment.get(5, TimeUnit.SECONDS)).isEqualTo("made 1");
				}
				assertThat(made).hasValue(1);
			}
			finally {
				threads.shutdownNow();
			}
		}
	}

	@Test
	void settledCompletesForASocketThatClosedBeforeTheWait() {
		AtomicReference<TcpSocket<Void>> serverSocket = new AtomicReference<>();
		TcpServer<Void> server = listenKeepingOpened(serverSocket);
		try (BlockingClient client = new BlockingClient(server.port())) {
			await().until(() -> serverSocket.get() != null);
		}
		NettyTcpSocket<Void> socket = (NettyTcpSocket<Void>) serverSocket.get();
		await().until(() -> socket.readyState() == ReadyState.CLOSED);
		CompletableFuture<Void> settled = socket.settled();
		await().until(settled::isDone);
		assertThat(server.connectionCount()).isZero();
	}

	@Test
	void setKeepAliveSetsTheOptionAndTheIdleTimeOnTheChannel() {
		AtomicReference<TcpSocket<Void>> serverSocket = new AtomicReference<>();
		TcpServer<Void> server = listenKeepingOpened(serverSocket);
		try (BlockingClient client = new BlockingClient(server.port())) {
			await().until(() -> serverSocket.get() != null);
			TcpSocket<Void> socket = serverSocket.get();
			assertThat(socket.setKeepAlive(true, Duration.ofSeconds(42))).isTrue();
			ChannelConfig config = ((NettyTcpSocket<Void>) socket).channel().config();
			assertThat(config.getOption(ChannelOption.SO_KEEPALIVE)).isTrue();
			assertThat(config.getOption(NioChannelOption.of(ExtendedSocketOptions.TCP_KEEPIDLE))).isEqualTo(42);
			assertThat(socket.setKeepAlive(false, Duration.ZERO)).isTrue();
			assertThat(config.getOption(ChannelOption.SO_KEEPALIVE)).isFalse();
		}
	}

	private TcpServer<Void> listenKeepingOpened(AtomicReference<TcpSocket<Void>> opened) {
		return listen(new TcpHandler<>() {
			@Override
			public void open(TcpSocket<Void> socket) {
				opened.set(socket);
			}
		});
	}

	private TcpServer<Void> listen(TcpHandler<Void> handler) {
		return this.engine.listen(TcpListenOptions.port(0).withHost("127.0.0.1"), handler);
	}

}
