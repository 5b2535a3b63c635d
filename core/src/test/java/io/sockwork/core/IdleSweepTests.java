package io.sockwork.core;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.netty.channel.EventLoop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One event loop's idle sweep: every idle socket among many times out once and is closed,
 * a socket with traffic stays (data it does not answer, and writes a handler makes
 * outside data, count as traffic) and idles out no sooner than its timeout after it,
 * closed or reconfigured sockets leave the sweep, a socket that closed before its
 * reconfigure ran is left alone, and a timeout handler that closes other sockets leaves
 * it consistent.
 */
class IdleSweepTests {

	private final SocketEngine engine = new SocketEngine(EngineOptions.defaults().withThreads(1));

	private final List<BlockingClient> clients = new ArrayList<>();

	@AfterEach
	void close() {
		this.clients.forEach(BlockingClient::close);
		this.engine.close();
	}

	@Test
	void everyIdleSocketTimesOutOnceWhileOneWithTrafficStays() throws Exception {
		AtomicInteger timeouts = new AtomicInteger();
		TcpServer<Void> server = listen(Duration.ofMillis(300), new CountingEcho(timeouts));
		BlockingClient active = connect(server);
		for (int i = 0; i < 40; i++) {
			connect(server);
		}
		await().until(() -> server.connectionCount() == 41);
		await().atMost(Duration.ofSeconds(5))
			.until(() -> active.send("x").readString(1).equals("x") && server.connectionCount() == 1);
		assertThat(timeouts.get()).isEqualTo(40);
		assertThat(watched()).isEqualTo(1);
		for (BlockingClient idle : this.clients.subList(1, this.clients.size())) {
			assertThat(idle.readToEnd()).isEmpty();
		}
		active.close();
		await().until(() -> watched() == 0);
		assertThat(timeouts.get()).isEqualTo(40);
	}

	@Test
	void dataThatGetsNoReplyIsActivity() throws Exception {
		TcpServer<Void> server = listen(Duration.ofMillis(300), new TcpHandler<>() {
		});
		BlockingClient client = connect(server);
		await().until(() -> server.connectionCount() == 1);
		// Eight bytes 100 ms apart: 800 ms, each gap well inside the 300 ms timeout.
		long lastSent = 0;
		for (int i = 0; i < 8; i++) {
			await().pollDelay(Duration.ofMillis(100)).until(() -> true);
			lastSent = System.nanoTime();
			client.send("x");
			assertThat(server.connectionCount()).isEqualTo(1);
		}
		await().atMost(Duration.ofSeconds(5)).until(() -> server.connectionCount() == 0);
		// Not before its timeout after the last byte: the sweep times the mark a byte
		// left no earlier than the byte came.
		assertThat(Duration.ofNanos(System.nanoTime() - lastSent)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
		assertThat(client.readToEnd()).isEmpty();
	}

	@Test
	void writesFromAHandlerOutsideDataAreActivity() throws Exception {
		AtomicInteger writes = new AtomicInteger();
		TcpServer<Void> server = listen(Duration.ofMillis(300), new TcpHandler<>() {
			@Override
			public void open(TcpSocket<Void> socket) {
				socket.timeout(Duration.ofMillis(100));
			}

			@Override
			public void timeout(TcpSocket<Void> socket) {
				// Eight writes from the socket's own timer, 100 ms apart, then silence.
				if (writes.get() < 8) {
					socket.write("t".getBytes(StandardCharsets.US_ASCII));
					writes.incrementAndGet();
					socket.timeout(Duration.ofMillis(100));
				}
			}
		});
		BlockingClient client = connect(server);
		// Closed by the sweep only once the writes stop: all eight arrive, then the end.
		assertThat(new String(client.readToEnd(), StandardCharsets.US_ASCII)).isEqualTo("tttttttt");
		await().until(() -> server.connectionCount() == 0);
	}

	@Test
	void reconfiguringTheIdleTimeoutOffStopsWatchingOpenSockets() throws Exception {
		AtomicInteger timeouts = new AtomicInteger();
		TcpServer<Void> server = listen(Duration.ofMillis(200), new CountingEcho(timeouts));
		BlockingClient client = connect(server);
		await().until(() -> watched() == 1);
		server.reconfigure(TcpListenOptions.port(0));
		await().until(() -> watched() == 0);
		await().during(Duration.ofMillis(600)).until(() -> server.connectionCount() == 1);
		assertThat(client.send("still here").readString(10)).isEqualTo("still here");
		assertThat(timeouts.get()).isZero();
	}

	@Test
	void aSocketThatClosedBeforeItsReconfigureRanIsLeftAlone() throws Exception {
		AtomicInteger timeouts = new AtomicInteger();
		AtomicReference<TcpSocket<Void>> opened = new AtomicReference<>();
		TcpServer<Void> server = listen(Duration.ofMillis(200), new CountingEcho(timeouts) {
			@Override
			public void open(TcpSocket<Void> socket) {
				opened.set(socket);
			}
		});
		connect(server).close();
		await().until(() -> opened.get() != null && server.connectionCount() == 0 && watched() == 0);
		// A server's reconfigure copies its open sockets, and one may close before the
		// task that reconfigures it runs on its loop: run that task now, on the loop.
		NettyTcpSocket<Void> closed = (NettyTcpSocket<Void>) opened.get();
		EventLoop loop = (EventLoop) this.engine.eventLoopGroup().next();
		loop.submit(closed::reconfigure).get();
		assertThat(watched()).isZero();
		await().during(Duration.ofMillis(400)).until(() -> watched() == 0);
		assertThat(timeouts.get()).isZero();
	}

	@Test
	void aTimeoutHandlerThatClosesOtherSocketsLeavesTheSweepConsistent() throws Exception {
		AtomicInteger timeouts = new AtomicInteger();
		TcpServer<Void> server = listen(Duration.ofMillis(200), new CountingEcho(timeouts) {
			@Override
			public void timeout(TcpSocket<Void> socket) {
				super.timeout(socket);
				// Other sockets are closed from within the sweep, on its loop.
				Objects.requireNonNull(socket.listener()).sockets().forEach(TcpSocket::close);
			}
		});
		for (int i = 0; i < 20; i++) {
			connect(server);
		}
		await().until(() -> server.connectionCount() == 20);
		await().until(() -> server.connectionCount() == 0 && watched() == 0);
		assertThat(timeouts.get()).isBetween(1, 20);
		for (BlockingClient client : this.clients) {
			assertThat(client.readToEnd()).isEmpty();
		}
	}

	private TcpServer<Void> listen(Duration idleTimeout, TcpHandler<Void> handler) {
		return this.engine.listen(TcpListenOptions.port(0).withHost("127.0.0.1").withIdleTimeout(idleTimeout), handler);
	}

	private BlockingClient connect(TcpServer<Void> server) {
		BlockingClient client = new BlockingClient(server.port());
		this.clients.add(client);
		return client;
	}

	private int watched() throws InterruptedException, ExecutionException {
		EventLoop loop = (EventLoop) this.engine.eventLoopGroup().next();
		return loop.submit(() -> IdleSweep.of(loop).size()).get();
	}

	private static class CountingEcho implements TcpHandler<Void> {

		private final AtomicInteger timeouts;

		CountingEcho(AtomicInteger timeouts) {
			this.timeouts = timeouts;
		}

		@Override
		public void data(TcpSocket<Void> socket, ByteBuffer data) {
			socket.write(data);
		}

		@Override
		public void timeout(TcpSocket<Void> socket) {
			this.timeouts.incrementAndGet();
		}

	}

}
