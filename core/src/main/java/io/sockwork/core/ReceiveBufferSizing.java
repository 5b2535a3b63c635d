package io.sockwork.core;

import java.util.Arrays;
import java.util.stream.IntStream;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelConfig;
import io.netty.channel.MaxMessagesRecvByteBufAllocator;
import io.netty.channel.RecvByteBufAllocator;
import io.netty.util.UncheckedBooleanSupplier;

/**
 * How large a buffer each read of a TCP channel takes: Netty's adaptive sizing (start at
 * 2 KiB, grow four steps after a read that filled its buffer, shrink one step after two
 * wake-ups that would have left room in the step below, stay at 64 B or more) and its
 * stream channels' 16 reads per wake-up. Unlike Netty, it does not shrink to a size that
 * the wake-ups would have filled exactly: a full buffer means reading again, and for
 * messages of one size (64-byte requests) that second read finds nothing, one read in
 * nine with Netty's sizing. For the same reason it grows to 128 KiB where Netty stops at
 * 64 KiB: a peer that keeps 64 KiB in flight (four 16 KiB messages) would fill a 64 KiB
 * buffer at every wake-up and cost a second read that finds nothing. A peer that keeps
 * sending can then take up to 16 x 128 KiB (2 MiB) of its event loop's wake-up, where
 * Netty's sizing stops at 1 MiB. Netty's {@code AdaptiveRecvByteBufAllocator} keeps this
 * state in four objects per channel (144 bytes), most of what an idle connection costs
 * beyond Netty's own channel; here it is 15 bytes of the socket, which is its channel's
 * allocator and handle both. It extends {@link WriteBatch} for that reason only, and
 * {@link TcpEventBridge} extends it. Used on the channel's event loop only.
 */
class ReceiveBufferSizing extends WriteBatch
		implements MaxMessagesRecvByteBufAllocator, RecvByteBufAllocator.ExtendedHandle {

	private static final int MAX_READS_PER_WAKEUP = 16;

	private static final int MAX_SIZE = 131072;

	// Netty's steps: every 16 bytes below 512, then doubling.
	private static final int[] SIZES = IntStream
		.concat(IntStream.iterate(16, (size) -> size < 512, (size) -> size + 16),
				IntStream.iterate(512, (size) -> size <= MAX_SIZE, (size) -> size * 2))
		.toArray();

	private static final int MIN_STEP = step(64);

	private static final int INITIAL_STEP = step(2048);

	private static final int MAX_STEP = step(MAX_SIZE);

	private static final int GROW_STEPS = 4;

	private byte reads;

	private byte step = (byte) INITIAL_STEP;

	private boolean shrinkNext;

	private int totalBytes;

	private int attemptedBytes;

	private int lastBytes;

	ReceiveBufferSizing(Channel channel) {
		super(channel);
	}

	private static int step(int size) {
		return Arrays.binarySearch(SIZES, size);
	}

	/**
	 * Makes this the allocator of its channel, before its first read.
	 */
	void sizeReceiveBuffers() {
		this.channel.config().setRecvByteBufAllocator(this);
	}

	@Override
	public Handle newHandle() {
		return this;
	}

	@Override
	public int maxMessagesPerRead() {
		return MAX_READS_PER_WAKEUP;
	}

	@Override
	public MaxMessagesRecvByteBufAllocator maxMessagesPerRead(int maxMessagesPerRead) {
		throw new UnsupportedOperationException("Sockwork sizes the reads of its TCP channels itself: they stay at "
				+ MAX_READS_PER_WAKEUP + " per wake-up");
	}

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
		this.reads = 0;
		this.totalBytes = 0;
	}

	@Override
	public void incMessagesRead(int reads) {
		this.reads = (byte) Math.min(this.reads + reads, MAX_READS_PER_WAKEUP);
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
		return this.channel.config().isAutoRead() && this.reads < MAX_READS_PER_WAKEUP;
	}

	private boolean filledLastBuffer() {
		return this.lastBytes > 0 && this.lastBytes == this.attemptedBytes;
	}

	@Override
	public void readComplete() {
		record((this.totalBytes < 0) ? Integer.MAX_VALUE : this.totalBytes);
	}

	private void record(int bytes) {
		if (bytes < SIZES[Math.max(0, this.step - 1)]) {
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
