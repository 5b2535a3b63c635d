package io.sockwork.core;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.util.internal.PlatformDependent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The engine under abuse: a client that never reads cannot grow the server's memory, a
 * thousand failing sockets do not disturb a well-behaved client, and clients that reset
 * at random points leave no connection, buffer or thread behind.
 */
class ReliabilityTests {

	private static final long MIB = 1024 * 1024;

	private final SocketEngine engine = new SocketEngine(EngineOptions.defaults().withThreads(2));

	@AfterEach
	void closeEngine() {
		this.engine.close();
	}

	@Test
	void aClientThatSends256MibAndNeverReadsCannotGrowTheServersMemory() throws Exception {
		// The echo ignores write's result: the engine alone must keep the outbound buffer
		// bounded.
		TcpServer<Void> server = listen(new EchoHandler());
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		System.gc();
		long heapBefore = memory.getHeapMemoryUsage().getUsed();
		long directBefore = PlatformDependent.usedDirectMemory();
		AtomicLong directPeak = new AtomicLong(directBefore);
		try (Socket flooder = new Socket(); BlockingClient bystander = new BlockingClient(server.port())) {
			flooder.connect(new InetSocketAddress("127.0.0.1", server.port()));
			flooder.setReceiveBufferSize(64 * 1024);
			OutputStream out = flooder.getOutputStream();
			byte[] chunk = new byte[(int) MIB];
			for (int i = 0; i < 256; i++) {
				out.write(chunk);
				directPeak.accumulateAndGet(PlatformDependent.usedDirectMemory(), Math::max);
				if (i % 64 == 0) {
					assertThat(bystander.send("still served " + i).readString(13 + String.valueOf(i).length()))
						.isEqualTo("still served " + i);
				}
			}
			System.gc();
			long heapGrowth = memory.getHeapMemoryUsage().getUsed() - heapBefore;
			long directGrowth = directPeak.get() - directBefore;
			// The high-water mark (64 KiB) plus the allocator's chunk granularity, far
			// below the 256 MiB sent.
			assertThat(directGrowth).isLessThan(16 * MIB);
			assertThat(heapGrowth).isLessThan(16 * MIB);
			assertThat(server.stats().bytesReceived()).isGreaterThanOrEqualTo(200 * MIB);
			assertThat(server.stats().writesBackpressured()).isPositive();
		}
	}

	@Test
	void aHandlerThatThrowsForAThousandSocketsDoesNotDisturbAWellBehavedClient() throws Exception {
		TcpServer<Void> server = listen(new TcpHandler<>() {
			@Override
			public void open(TcpSocket<Void> socket) {
				throw new IllegalStateException("open always fails");
			}

			@Override
			public void data(TcpSocket<Void> socket, ByteBuffer data) {
				if (data.get(0) == 'x') {
					throw new IllegalStateException("data fails on x");
				}
				socket.write(data);
			}

			@Override
			public void error(TcpSocket<Void> socket, Throwable error) {
				// Counted by the engine; nothing to log here.
			}
		});
		List<BlockingClient> failing = new ArrayList<>();
		try (BlockingClient wellBehaved = new BlockingClient(server.port())) {
			for (int i = 0; i < 1000; i++) {
				BlockingClient client = new BlockingClient(server.port());
				failing.add(client);
				client.send("x");
				if (i % 100 == 0) {
					assertThat(wellBehaved.send("fine " + i).readString(5 + String.valueOf(i).length()))
						.isEqualTo("fine " + i);
				}
			}
			await().atMost(Duration.ofSeconds(10)).until(() -> server.stats().handlerErrors(SocketEvent.DATA) == 1000);
			assertThat(server.stats().handlerErrors(SocketEvent.OPEN)).isEqualTo(1001);
			assertThat(wellBehaved.send("still fine").readString(10)).isEqualTo("still fine");
		}
		finally {
			failing.forEach(BlockingClient::close);
		}
	}

	@Test
	void clientsThatResetAtRandomPointsLeaveNoConnectionBufferOrThreadBehind() throws Exception {
		Duration soak = Duration.ofSeconds(Long.getLong("sockwork.soak.seconds", 15));
		Set<Thread> threadsBefore = Thread.getAllStackTraces().keySet();
		SocketEngine soakEngine = new SocketEngine(EngineOptions.defaults().withThreads(2));
		TcpServer<Void> server = soakEngine.listen(TcpListenOptions.port(0).withHost("127.0.0.1").withBacklog(512),
				new EchoHandler());
		ExecutorService clients = Executors.newFixedThreadPool(8);
		long deadline = System.nanoTime() + soak.toNanos();
		AtomicLong connections = new AtomicLong();
		List<Future<?>> workers = new ArrayList<>();
		for (int w = 0; w < 8; w++) {
			long seed = w;
			workers.add(clients.submit(() -> {
				Random random = new Random(seed);
				while (System.nanoTime() < deadline) {
					resetAtRandomPoint(server.port(), random);
					connections.incrementAndGet();
				}
				return null;
			}));
		}
		for (Future<?> worker : workers) {
			worker.get(soak.toSeconds() + 30, TimeUnit.SECONDS);
		}
		clients.shutdown();
		await().atMost(Duration.ofSeconds(10)).until(() -> server.connectionCount() == 0);
		assertThat(connections.get()).isGreaterThan(100);
		assertThat(server.stats().opened()).isEqualTo(connections.get());
		soakEngine.close();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> Thread.getAllStackTraces()
				.keySet()
				.stream()
				.filter((thread) -> thread.getName().startsWith("sockwork-"))
				.allMatch(threadsBefore::contains));
	}

	private static void resetAtRandomPoint(int port, Random random) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
			socket.setSoTimeout(5000);
			byte[] payload = new byte[1 + random.nextInt(64 * 1024)];
			random.nextBytes(payload);
			int step = random.nextInt(3);
			if (step >= 1) {
				socket.getOutputStream().write(payload);
			}
			if (step >= 2) {
				socket.getInputStream().read(new byte[1024]);
			}
			socket.setSoLinger(true, 0);
		}
	}

	private TcpServer<Void> listen(TcpHandler<Void> handler) {
		return this.engine.listen(TcpListenOptions.port(0).withHost("127.0.0.1"), handler);
	}

}
