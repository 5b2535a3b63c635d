package io.sockwork.core;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A server's open sockets are a live view with stable ids, found again by id, and a
 * broadcast reaches every socket (or a filtered subset) with whole messages, skipping and
 * counting a socket that does not read instead of buffering for it. Sockets that open and
 * close on every event loop while another thread reads the view and broadcasts leave none
 * behind.
 */
class LiveSocketsTests {

	private static final WaterMarks MARKS = new WaterMarks(8 * 1024, 16 * 1024);

	private final SocketEngine engine = new SocketEngine(EngineOptions.defaults().withThreads(2));

	@AfterEach
	void closeEngine() {
		this.engine.close();
	}

	@Test
	void socketsIsALiveViewWithStableIdsThatFindTheirSocket() {
		TcpServer<Void> server = listen(new TcpHandler<>() {
		});
		try (BlockingClient a = new BlockingClient(server.port());
				BlockingClient b = new BlockingClient(server.port())) {
			await().until(() -> server.sockets().size() == 2);
			List<Long> ids = server.sockets().stream().map(TcpSocket::id).toList();
			assertThat(Set.copyOf(ids)).hasSize(2);
			for (long id : ids) {
				TcpSocket<Void> socket = server.socket(id);
				assertThat(socket).isNotNull();
				assertThat(socket.id()).isEqualTo(id);
				assertThat(socket.openedAt()).isBeforeOrEqualTo(Instant.now());
				assertThat(socket.isPaused()).isFalse();
			}
			a.send("12345\n");
			await().until(() -> server.sockets().stream().mapToLong(TcpSocket::bytesRead).sum() == 5);
			a.close();
			await().until(() -> server.sockets().size() == 1);
			assertThat(server.sockets()).extracting(TcpSocket::id)
				.containsExactly(ids.stream().filter((id) -> server.socket(id) != null).findFirst().orElseThrow());
			assertThat(server.socket(Long.MAX_VALUE)).isNull();
		}
	}

	@Test
	void aBroadcastReachesEverySocketOrTheFilteredOnesWithWholeLines() throws Exception {
		TcpServer<String> server = listen(new TcpHandler<>() {
			@Override
			public void open(TcpSocket<String> socket) {
				socket.data("member");
			}
		});
		try (Socket a = new Socket("127.0.0.1", server.port()); Socket b = new Socket("127.0.0.1", server.port())) {
			await().until(() -> server.sockets().size() == 2);
			long bId = server.sockets()
				.stream()
				.filter((s) -> s.remotePort() == b.getLocalPort())
				.findFirst()
				.orElseThrow()
				.id();
			assertThat(server.broadcast(utf8("to all"))).isEqualTo(2);
			assertThat(server.broadcast(utf8("to b"), (socket) -> socket.id() == bId)).isEqualTo(1);
			assertThat(reader(a).readLine()).isEqualTo("to all");
			BufferedReader bIn = reader(b);
			assertThat(bIn.readLine()).isEqualTo("to all");
			assertThat(bIn.readLine()).isEqualTo("to b");
			assertThat(server.stats().broadcastsSkipped()).isZero();
		}
	}

	@Test
	void aSocketThatDoesNotReadIsSkippedAndCountedAndItsBufferStaysUnderOneMessageOverTheMark() throws Exception {
		TcpServer<Void> server = listen(new TcpHandler<>() {
		});
		String line = "x".repeat(1000);
		try (Socket fast = new Socket("127.0.0.1", server.port());
				Socket slow = new Socket("127.0.0.1", server.port())) {
			slow.setReceiveBufferSize(4096);
			await().until(() -> server.sockets().size() == 2);
			TcpSocket<Void> slowSocket = server.sockets()
				.stream()
				.filter((socket) -> socket.remotePort() == slow.getLocalPort())
				.findFirst()
				.orElseThrow();
			BufferedReader fastIn = reader(fast);
			int sent = 0;
			for (int i = 0; i < 20_000 && server.stats().broadcastsSkipped() == 0; i++) {
				server.broadcast(utf8(line));
				sent++;
				assertThat(fastIn.readLine()).isEqualTo(line);
				assertThat(slowSocket.outboundBufferedBytes()).isLessThanOrEqualTo(MARKS.high() + line.length() + 1);
			}
			assertThat(server.stats().broadcastsSkipped()).isPositive();
			assertThat(sent).isLessThan(20_000);
			int more = 50;
			for (int i = 0; i < more; i++) {
				assertThat(server.broadcast(utf8(line))).isGreaterThanOrEqualTo(1);
				assertThat(fastIn.readLine()).isEqualTo(line);
			}
			assertThat(slowSocket.outboundBufferedBytes()).isLessThanOrEqualTo(MARKS.high() + line.length() + 1);
			BufferedReader slowIn = reader(slow);
			slow.setSoTimeout((int) Duration.ofSeconds(10).toMillis());
			List<String> lines = slowIn.lines().limit(3).collect(Collectors.toList());
			assertThat(lines).containsOnly(line);
		}
	}

	private static ByteBuffer utf8(String text) {
		return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
	}

	private static BufferedReader reader(Socket socket) throws Exception {
		socket.setSoTimeout(10_000);
		return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
	}

	@Test
	void socketsOpeningAndClosingOnEveryLoopWhileOthersReadTheViewLeaveNoneBehind() throws Exception {
		TcpServer<Void> server = listen(new TcpHandler<>() {
		});
		AtomicBoolean churning = new AtomicBoolean(true);
		AtomicInteger reads = new AtomicInteger();
		AtomicReference<Throwable> readerFailure = new AtomicReference<>();
		Thread reader = new Thread(() -> {
			try {
				while (churning.get()) {
					for (TcpSocket<Void> socket : server.sockets()) {
						assertThat(socket.id()).isPositive();
					}
					server.broadcast(ByteBuffer.wrap("tick\n".getBytes(StandardCharsets.UTF_8)), (socket) -> true);
					reads.incrementAndGet();
				}
			}
			catch (Throwable ex) {
				readerFailure.set(ex);
			}
		});
		reader.start();
		ExecutorService clients = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> churn = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				churn.add(clients.submit(() -> {
					for (int j = 0; j < 50; j++) {
						new BlockingClient(server.port()).close();
					}
				}));
			}
			for (Future<?> done : churn) {
				done.get(30, TimeUnit.SECONDS);
			}
			// Accepted after the clients closed, some may still open and close.
			await().atMost(Duration.ofSeconds(10))
				.until(() -> server.stats().opened() == 200 && server.connectionCount() == 0);
		}
		finally {
			churning.set(false);
			reader.join(10_000);
			clients.shutdownNow();
		}
		assertThat(readerFailure.get()).isNull();
		assertThat(server.sockets()).isEmpty();
		assertThat(reads.get()).isPositive();
		try (BlockingClient client = new BlockingClient(server.port())) {
			await().until(() -> server.sockets().size() == 1);
		}
	}

	private <T> TcpServer<T> listen(TcpHandler<T> handler) {
		return this.engine.listen(TcpListenOptions.port(0)
			.withHost("127.0.0.1")
			.withFraming(Framing.lines(64 * 1024))
			.withSocket(TcpSocketOptions.DEFAULT.withWaterMarks(MARKS)), handler);
	}

}
