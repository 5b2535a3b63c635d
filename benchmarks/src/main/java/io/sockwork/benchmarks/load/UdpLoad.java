package io.sockwork.benchmarks.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/**
 * UDP echo load on raw NIO: {@code sockets} connected datagram sockets, each keeping
 * {@code depth} datagrams of {@code size} bytes in flight. A datagram carries its slot
 * and sequence number, then bytes derived from the sequence number, all checked on
 * return. A datagram not back within the timeout counts as lost and its slot sends a new
 * one; one that comes back later counts as late and is otherwise ignored.
 */
final class UdpLoad {

	private static final int HEADER = Integer.BYTES + Long.BYTES;

	/**
	 * What to run.
	 *
	 * @param target the echo server
	 * @param sockets how many sockets
	 * @param depth datagrams in flight per socket
	 * @param size bytes per datagram
	 * @param warmupNanos time before measuring
	 * @param measureNanos time measured
	 * @param timeoutNanos time after which a datagram counts as lost
	 */
	record Options(InetSocketAddress target, int sockets, int depth, int size, long warmupNanos, long measureNanos,
			long timeoutNanos) {
	}

	private UdpLoad() {
	}

	static LoadResult run(Options options) throws IOException {
		if (options.size() < HEADER) {
			throw new IllegalArgumentException("'size' must be at least " + HEADER + " bytes");
		}
		long start = System.nanoTime() + options.warmupNanos();
		long end = start + options.measureNanos();
		Histogram latencies = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
		long count = 0;
		long lost = 0;
		long late = 0;
		long errors = 0;
		ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
		List<Socket> sockets = new ArrayList<>();
		try (Selector selector = Selector.open()) {
			for (int i = 0; i < options.sockets(); i++) {
				DatagramChannel channel = DatagramChannel.open();
				channel.bind(new InetSocketAddress(options.target().getAddress(), 0));
				channel.connect(options.target());
				channel.configureBlocking(false);
				Socket socket = new Socket(channel, options);
				channel.register(selector, SelectionKey.OP_READ, socket);
				sockets.add(socket);
			}
			long now = System.nanoTime();
			for (Socket socket : sockets) {
				for (int slot = 0; slot < options.depth(); slot++) {
					socket.send(slot, now, buffer);
				}
			}
			while (now < end) {
				selector.select(5);
				for (SelectionKey key : selector.selectedKeys()) {
					Socket socket = (Socket) key.attachment();
					buffer.clear();
					int read;
					while ((read = socket.read(buffer)) > 0) {
						now = System.nanoTime();
						buffer.flip();
						int slot = socket.match(buffer, read);
						if (slot == Socket.CORRUPT) {
							errors++;
						}
						else if (slot == Socket.LATE) {
							late++;
						}
						else {
							if (now >= start && now < end) {
								latencies.recordValue(now - socket.sentAt[slot]);
								count++;
							}
							socket.send(slot, now, buffer);
						}
						buffer.clear();
					}
				}
				selector.selectedKeys().clear();
				now = System.nanoTime();
				for (Socket socket : sockets) {
					for (int slot = 0; slot < options.depth(); slot++) {
						if (now - socket.sentAt[slot] > options.timeoutNanos()) {
							if (now >= start && now < end) {
								lost++;
							}
							socket.send(slot, now, buffer);
						}
					}
				}
			}
		}
		finally {
			sockets.forEach((socket) -> TcpLoad.close(socket.channel));
		}
		return new LoadResult().rate(count, options.measureNanos(), latencies)
			.put("lost", lost)
			.put("late", late)
			.put("errors", errors);
	}

	/** One datagram socket and its slots of datagrams in flight. */
	static final class Socket {

		static final int LATE = -1;

		static final int CORRUPT = -2;

		final DatagramChannel channel;

		private final int size;

		final long[] sentAt;

		private final long[] sequences;

		private long nextSequence;

		Socket(DatagramChannel channel, Options options) {
			this.channel = channel;
			this.size = options.size();
			this.sentAt = new long[options.depth()];
			this.sequences = new long[options.depth()];
		}

		/**
		 * Sends a new datagram in {@code slot}; one the kernel refuses is left to time
		 * out.
		 */
		void send(int slot, long now, ByteBuffer buffer) {
			long sequence = this.nextSequence++;
			this.sequences[slot] = sequence;
			this.sentAt[slot] = now;
			buffer.clear();
			buffer.putInt(slot).putLong(sequence);
			for (int i = HEADER; i < this.size; i++) {
				buffer.put(fill(sequence, i));
			}
			buffer.flip();
			try {
				this.channel.write(buffer);
			}
			catch (IOException ex) {
				// ICMP port unreachable and the like: the datagram times out and counts
				// as lost
			}
		}

		int read(ByteBuffer buffer) {
			try {
				return this.channel.read(buffer);
			}
			catch (IOException ex) {
				return 0;
			}
		}

		/**
		 * The slot a received datagram completes, or {@link #LATE} or {@link #CORRUPT}.
		 */
		int match(ByteBuffer datagram, int length) {
			if (length != this.size) {
				return CORRUPT;
			}
			int slot = datagram.getInt();
			long sequence = datagram.getLong();
			for (int i = HEADER; i < length; i++) {
				if (datagram.get() != fill(sequence, i)) {
					return CORRUPT;
				}
			}
			if (slot < 0 || slot >= this.sequences.length || sequence > this.nextSequence) {
				return CORRUPT;
			}
			return (this.sequences[slot] == sequence) ? slot : LATE;
		}

		private static byte fill(long sequence, int index) {
			return (byte) (sequence * 31 + index * 7);
		}

	}

}
