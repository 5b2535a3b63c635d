package io.sockwork.benchmarks.load;

import java.util.SplittableRandom;

/**
 * The deterministic byte stream one TCP connection sends: messages of {@code size} bytes,
 * each starting with a 4-byte big-endian length header (so that length-framed servers
 * echo it unchanged), the rest pseudo-random bytes seeded by the connection. The stream
 * repeats every {@link #period()} bytes, a whole number of messages, so that sends and
 * checks work on contiguous slices of one array.
 */
final class StreamPattern {

	/** The bytes of the length header at the start of every message. */
	static final int HEADER = 4;

	private static final int MESSAGES_PER_PERIOD = 16;

	private final byte[] bytes;

	StreamPattern(int seed, int size) {
		if (size <= HEADER) {
			throw new IllegalArgumentException("'size' must be more than " + HEADER + " bytes, was " + size);
		}
		this.bytes = new byte[size * MESSAGES_PER_PERIOD];
		SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + size);
		for (int message = 0; message < MESSAGES_PER_PERIOD; message++) {
			int start = message * size;
			int payload = size - HEADER;
			this.bytes[start] = (byte) (payload >>> 24);
			this.bytes[start + 1] = (byte) (payload >>> 16);
			this.bytes[start + 2] = (byte) (payload >>> 8);
			this.bytes[start + 3] = (byte) payload;
			for (int i = start + HEADER; i < start + size; i++) {
				this.bytes[i] = (byte) random.nextInt(256);
			}
		}
	}

	/**
	 * The backing array: stream offset {@code o} holds
	 * {@code bytes()[(int) (o % period())]}.
	 */
	byte[] bytes() {
		return this.bytes;
	}

	int period() {
		return this.bytes.length;
	}

	/** Where stream offset {@code offset} lies in {@link #bytes()}. */
	int index(long offset) {
		return (int) (offset % this.bytes.length);
	}

}
