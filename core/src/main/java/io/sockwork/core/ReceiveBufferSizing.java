package io.sockwork.core;

import java.util.Arrays;
import java.util.stream.IntStream;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.ChannelConfig;
import io.netty.channel.MaxMessagesRecvByteBufAllocator;
import io.netty.channel.RecvByteBufAllocator;
import io.netty.util.UncheckedBooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * How large a buffer each read of a TCP channel takes: Netty's adaptive sizing (start at
 * 2 KiB, grow four steps after a read that filled its buffer, shrink one step after two
 * reads that would have fitted the step below, stay within 64 B and 64 KiB) and its
 * stream channels' 16 reads per wake-up, kept in one 40-byte object per channel. Netty's
 * {@code AdaptiveRecvByteBufAllocator} keeps the same state in three (112 bytes), which
 * is most of what an idle connection costs beyond Netty's own channel. One instance
 * serves every channel, so its read limit is fixed.
 */
final class ReceiveBufferSizing implements MaxMessagesRecvByteBufAllocator {

	static final ReceiveBufferSizing INSTANCE = new ReceiveBufferSizing();

	private static final int MAX_READS_PER_WAKEUP = 16;

	// Netty's steps: every 16 bytes below 512, then doubling.
	private static final int[] SIZES = IntStream
		.concat(IntStream.iterate(16, (size) -> size < 512, (size) -> size + 16),
				IntStream.iterate(512, (size) -> size <= 65536, (size) -> size * 2))
		.toArray();

	private static final int MIN_STEP = step(64);

	private static final int INITIAL_STEP = step(2048);

	private static final int MAX_STEP = step(65536);

	private static final int GROW_STEPS = 4;

	private ReceiveBufferSizing() {
	}

	private static int step(int size) {
		return Arrays.binarySearch(SIZES, size);
	}

	@Override
	public Handle newHandle() {
		return new Sizer();
	}

	@Override
	public int maxMessagesPerRead() {
		return MAX_READS_PER_WAKEUP;
	}

	@Override
	public MaxMessagesRecvByteBufAllocator maxMessagesPerRead(int maxMessagesPerRead) {
		throw new UnsupportedOperationException(
				"Sockwork's receive buffer sizing is shared by every TCP channel: its reads per wake-up stay "
						+ MAX_READS_PER_WAKEUP);
	}

	/**
	 * The sizing state of one channel, used on its event loop only.
	 */
	static final class Sizer implements RecvByteBufAllocator.ExtendedHandle {

		private @Nullable ChannelConfig config;

		private int reads;

		private int totalBytes;

		private int attemptedBytes;

		private int lastBytes;

		private byte step = (byte) INITIAL_STEP;

		private boolean shrinkNext;

		@Override
		public ByteBuf allocate(ByteBufAllocator allocator) {
			return allocator.ioBuffer(guess());
		}

		@Override
		public int guess() {
			return SIZES[this.step];
		}

		@Override
		public void reset(ChannelConfig config) {
			this.config = config;
			this.reads = 0;
			this.totalBytes = 0;
		}

		@Override
		public void incMessagesRead(int reads) {
			this.reads += reads;
		}

		@Override
		public void lastBytesRead(int bytes) {
			// A read that filled its buffer grows the next one at once, so that a burst
			// does not go back to the selector for every few kilobytes.
			if (bytes == this.attemptedBytes) {
				record(bytes);
			}
			this.lastBytes = bytes;
			if (bytes > 0) {
				this.totalBytes += bytes;
			}
		}

		@Override
		public int lastBytesRead() {
			return this.lastBytes;
		}

		@Override
		public void attemptedBytesRead(int bytes) {
			this.attemptedBytes = bytes;
		}

		@Override
		public int attemptedBytesRead() {
			return this.attemptedBytes;
		}

		@Override
		public boolean continueReading() {
			return mayReadAgain() && filledLastBuffer();
		}

		@Override
		public boolean continueReading(UncheckedBooleanSupplier maybeMoreData) {
			return mayReadAgain() && maybeMoreData.get();
		}

		private boolean mayReadAgain() {
			ChannelConfig config = this.config;
			return config != null && config.isAutoRead() && this.reads < MAX_READS_PER_WAKEUP;
		}

		private boolean filledLastBuffer() {
			return this.lastBytes > 0 && this.lastBytes == this.attemptedBytes;
		}

		@Override
		public void readComplete() {
			record((this.totalBytes < 0) ? Integer.MAX_VALUE : this.totalBytes);
		}

		private void record(int bytes) {
			if (bytes <= SIZES[Math.max(0, this.step - 1)]) {
				if (this.shrinkNext) {
					this.step = (byte) Math.max(this.step - 1, MIN_STEP);
				}
				this.shrinkNext = !this.shrinkNext;
			}
			else if (bytes >= guess()) {
				this.step = (byte) Math.min(this.step + GROW_STEPS, MAX_STEP);
				this.shrinkNext = false;
			}
		}

	}

}
