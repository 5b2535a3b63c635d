package io.sockwork.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

/**
 * TCP echo load on raw NIO: {@code connections} sockets, each keeping {@code depth}
 * messages of {@code size} bytes in flight, checking every echoed byte against the
 * {@link StreamPattern} it sent. A message's latency runs from when it was queued to when
 * its last byte came back; as soon as one comes back the next is sent. Only messages
 * completed after the warm-up and before the end are counted.
 */
final class TcpLoad {

	/**
	 * What to run.
	 *
	 * @param target the echo server
	 * @param connections how many sockets
	 * @param depth messages in flight per socket
	 * @param size bytes per message, the 4-byte length header included
	 * @param warmupNanos time before measuring
	 * @param measureNanos time measured
	 * @param threads selector threads, the sockets spread over them
	 * @param messages a selector thread stops once it counted this many messages, 0 for
	 * no limit: a test ends on what it waits for, not on a clock
	 */
	record Options(InetSocketAddress target, int connections, int depth, int size, long warmupNanos, long measureNanos,
			int threads, long messages) {
	}

	private TcpLoad() {
	}

	static LoadResult run(Options options) throws IOException, InterruptedException {
		long start = System.nanoTime() + options.warmupNanos();
		long end = start + options.measureNanos();
		List<Worker> workers = new ArrayList<>();
		for (int i = 0; i < options.threads(); i++) {
			workers.add(new Worker(options, start, end));
		}
		for (int i = 0; i < options.connections(); i++) {
			workers.get(i % workers.size()).connect(i);
		}
		List<Thread> threads = new ArrayList<>();
		for (Worker worker : workers) {
			Thread thread = new Thread(worker, "tcp-load-" + threads.size());
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
		Histogram latencies = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
		long count = 0;
		int errors = 0;
		long stopped = start;
		for (Worker worker : workers) {
			latencies.add(worker.latencies);
			count += worker.count;
			errors += worker.errors;
			stopped = Math.max(stopped, Math.min(worker.stoppedAt, end));
		}
		return new LoadResult().rate(count, Math.max(1, stopped - start), latencies).put("errors", errors);
	}

	/** One selector thread and its sockets. */
	private static final class Worker implements Runnable {

		private final Options options;

		private final long start;

		private final long end;

		private final Selector selector;

		private final List<Connection> connections = new ArrayList<>();

		private final ByteBuffer readBuffer = ByteBuffer.allocateDirect(64 * 1024);

		final Histogram latencies = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);

		long count;

		int errors;

		long stoppedAt;

		private int failed;

		Worker(Options options, long start, long end) throws IOException {
			this.options = options;
			this.start = start;
			this.end = end;
			this.selector = Selector.open();
		}

		void connect(int id) throws IOException {
			SocketChannel channel = SocketChannel.open(this.options.target());
			channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
			channel.configureBlocking(false);
			Connection connection = new Connection(id, channel, this.options);
			connection.key = channel.register(this.selector, SelectionKey.OP_READ, connection);
			this.connections.add(connection);
		}

		@Override
		public void run() {
			try {
				long now = System.nanoTime();
				for (Connection connection : this.connections) {
					connection.issueFirst(now);
					flush(connection);
				}
				while (now < this.end && !done()) {
					this.selector.select(10);
					for (SelectionKey key : this.selector.selectedKeys()) {
						Connection connection = (Connection) key.attachment();
						if (key.isValid() && key.isReadable()) {
							read(connection);
						}
						if (key.isValid() && key.isWritable()) {
							flush(connection);
						}
					}
					this.selector.selectedKeys().clear();
					now = System.nanoTime();
				}
				this.stoppedAt = now;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			finally {
				this.connections.forEach(Connection::close);
				close(this.selector);
			}
		}

		/** Whether the message limit is reached or no connection is left to measure. */
		private boolean done() {
			long limit = this.options.messages();
			return (limit > 0 && this.count >= limit) || this.failed == this.connections.size();
		}

		private void read(Connection connection) {
			this.readBuffer.clear();
			int read;
			try {
				read = connection.channel.read(this.readBuffer);
			}
			catch (IOException ex) {
				fail(connection, "read failed: " + ex);
				return;
			}
			if (read < 0) {
				fail(connection, "closed by the server");
				return;
			}
			this.readBuffer.flip();
			String mismatch = connection.verify(this.readBuffer);
			if (mismatch != null) {
				fail(connection, mismatch);
				return;
			}
			long now = System.nanoTime();
			boolean measured = now >= this.start && now < this.end;
			long done = connection.received / this.options.size();
			while (connection.completed < done) {
				long latency = connection.complete(now);
				if (measured) {
					this.latencies.recordValue(latency);
					this.count++;
				}
			}
			flush(connection);
		}

		private void flush(Connection connection) {
			try {
				connection.flush();
			}
			catch (IOException ex) {
				fail(connection, "write failed: " + ex);
			}
		}

		private void fail(Connection connection, String reason) {
			this.errors++;
			this.failed++;
			System.err.println("connection " + connection.id + ": " + reason);
			connection.close();
		}

	}

	/**
	 * One socket: its pattern, how far it sent and received, and when each message in
	 * flight was queued.
	 */
	static final class Connection {

		final int id;

		final SocketChannel channel;

		private final StreamPattern pattern;

		private final int size;

		private final long[] queuedAt;

		// Set once the channel is registered, before any event.
		@SuppressWarnings("NullAway.Init")
		SelectionKey key;

		private long queued;

		private long sent;

		long received;

		long completed;

		private boolean writeInterest;

		Connection(int id, SocketChannel channel, Options options) {
			this.id = id;
			this.channel = channel;
			this.size = options.size();
			this.pattern = new StreamPattern(id, options.size());
			this.queuedAt = new long[options.depth()];
		}

		void issueFirst(long now) {
			java.util.Arrays.fill(this.queuedAt, now);
			this.queued = (long) this.queuedAt.length * this.size;
		}

		/**
		 * Completes the oldest message in flight, queues the next one, and returns the
		 * latency.
		 */
		long complete(long now) {
			int slot = (int) (this.completed % this.queuedAt.length);
			long latency = now - this.queuedAt[slot];
			this.queuedAt[slot] = now;
			this.queued += this.size;
			this.completed++;
			return latency;
		}

		/**
		 * Checks the received bytes against the pattern; returns what differs, or
		 * {@code null}.
		 */
		@Nullable String verify(ByteBuffer data) {
			byte[] expected = this.pattern.bytes();
			while (data.hasRemaining()) {
				int index = this.pattern.index(this.received);
				int length = Math.min(data.remaining(), expected.length - index);
				int mismatch = data.slice(data.position(), length).mismatch(ByteBuffer.wrap(expected, index, length));
				if (mismatch >= 0) {
					return "byte " + (this.received + mismatch) + " of the echoed stream differs from what was sent";
				}
				data.position(data.position() + length);
				this.received += length;
			}
			if (this.received > this.sent) {
				return "received " + this.received + " bytes but sent only " + this.sent;
			}
			return null;
		}

		void flush() throws IOException {
			if (!this.key.isValid()) {
				return;
			}
			byte[] bytes = this.pattern.bytes();
			while (this.sent < this.queued) {
				int index = this.pattern.index(this.sent);
				int length = (int) Math.min(this.queued - this.sent, bytes.length - index);
				int written = this.channel.write(ByteBuffer.wrap(bytes, index, length));
				this.sent += written;
				if (written < length) {
					setWriteInterest(true);
					return;
				}
			}
			setWriteInterest(false);
		}

		private void setWriteInterest(boolean interest) {
			if (this.writeInterest != interest) {
				this.writeInterest = interest;
				this.key.interestOps(interest ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_READ);
			}
		}

		void close() {
			TcpLoad.close(this.channel);
		}

	}

	static void close(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// closing after the run: nothing left to measure
		}
	}

}
