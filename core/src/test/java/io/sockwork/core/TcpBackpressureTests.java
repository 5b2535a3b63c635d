package io.sockwork.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Writes never queue more than the high-water mark: {@code write} returns what it
 * accepted, {@code drain} fires once the buffer empties, a peer that stops reading stalls
 * the writer without losing an accepted byte, and ignoring write results cannot grow the
 * buffer.
 */
class TcpBackpressureTests {

	private static final WaterMarks MARKS = new WaterMarks(8 * 1024, 16 * 1024);

	private final SocketEngine engine = new SocketEngine(EngineOptions.defaults().withThreads(2));

	@AfterEach
	void closeEngine() {
		this.engine.close();
	}

	@Test
	void writeAcceptsNoMoreThanTheHighWaterMarkAndDrainFiresOnceTheBufferEmpties() throws Exception {
		AtomicInteger accepted = new AtomicInteger(-1);
		AtomicInteger drains = new AtomicInteger();
		TcpServer<Void> server = listen(new TcpHandler<>() {
			@Override
			public void open(TcpSocket<Void> socket) {
				accepted.set(socket.write(new byte[1024 * 1024]));
			}

			@Override
			public void drain(TcpSocket<Void> socket) {
				drains.incrementAndGet();
			}
		});
		try (BlockingClient client = new BlockingClient(server.port())) {
			await().until(() -> drains.get() == 1);
			assertThat(accepted.get()).isPositive().isLessThanOrEqualTo(MARKS.high() + 1);
			assertThat(client.readBytes(accepted.get())).hasSize(accepted.get());
			assertThat(server.stats().writesBackpressured()).isEqualTo(1);
			assertThat(server.stats().drains()).isEqualTo(1);
		}
	}

	@Test
	void aPeerThatStopsReadingStallsTheWriterAndNoAcceptedByteIsLost() throws IOException {
		int total = 16 * 1024 * 1024;
		AtomicLong written = new AtomicLong();
		AtomicReference<TcpSocket<Void>> serverSocket = new AtomicReference<>();
		TcpServer<Void> server = listen(new TcpHandler<>() {
			@Override
			public void open(TcpSocket<Void> socket) {
				serverSocket.set(socket);
				writeUntilShort(socket);
			}

			@Override
			public void drain(TcpSocket<Void> socket) {
				writeUntilShort(socket);
			}

			private void writeUntilShort(TcpSocket<Void> socket) {
				byte[] chunk = new byte[4096];
				while (written.get() < total) {
					fill(chunk, written.get());
					int length = (int) Math.min(chunk.length, total - written.get());
					int n = socket.write(chunk, 0, length);
					written.addAndGet(n);
					if (n < length) {
						return;
					}
				}
				socket.end();
			}
		});
		try (BlockingClient client = new BlockingClient(server.port())) {
			// The client reads nothing: the writer stalls once the kernel's buffers are
			// full.
			AtomicLong lastSeen = new AtomicLong(-1);
			await().atMost(Duration.ofSeconds(10))
				.during(Duration.ofMillis(300))
				.until(() -> written.get() == lastSeen.getAndSet(written.get()));
			long stalledAt = written.get();
			assertThat(stalledAt).isLessThan(total);
			assertThat(server.stats().writesBackpressured()).isPositive();
			assertThat(server.unwritableSockets()).isEqualTo(1);
			assertThat(server.outboundBufferedBytes()).isPositive().isLessThanOrEqualTo(MARKS.high() + 1);
			InputStream in = client.socket().getInputStream();
			ByteArrayOutputStream received = new ByteArrayOutputStream();
			in.transferTo(received);
			byte[] bytes = received.toByteArray();
			assertThat(bytes).hasSize(total);
			assertThat(firstMismatch(bytes)).isEqualTo(-1);
			assertThat(serverSocket.get().bytesWritten()).isEqualTo(total);
		}
	}

	@Test
	void aHandlerThatIgnoresWriteResultsCannotQueueMoreThanTheHighWaterMark() {
		AtomicLong accepted = new AtomicLong();
		TcpServer<Void> server = listen(new TcpHandler<>() {
			@Override
			public void open(TcpSocket<Void> socket) {
				for (int i = 0; i < 1024; i++) {
					accepted.addAndGet(socket.write(new byte[64 * 1024]));
				}
			}
		});
		try (BlockingClient client = new BlockingClient(server.port())) {
			await().until(() -> accepted.get() > 0);
			assertThat(accepted.get()).isLessThanOrEqualTo(MARKS.high() + 1);
			assertThat(client.readBytes((int) accepted.get())).hasSize((int) accepted.get());
		}
	}

	private static int firstMismatch(byte[] bytes) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] != patternByte(i)) {
				return i;
			}
		}
		return -1;
	}

	private static void fill(byte[] chunk, long position) {
		for (int i = 0; i < chunk.length; i++) {
			chunk[i] = patternByte(position + i);
		}
	}

	private static byte patternByte(long position) {
		return (byte) (position / 4096);
	}

	private TcpServer<Void> listen(TcpHandler<Void> handler) {
		return this.engine.listen(TcpListenOptions.port(0)
			.withHost("127.0.0.1")
			.withSocket(TcpSocketOptions.DEFAULT.withWaterMarks(MARKS)), handler);
	}

}
