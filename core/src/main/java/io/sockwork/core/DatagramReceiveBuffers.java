package io.sockwork.core;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.DefaultMaxMessagesRecvByteBufAllocator;
import org.jspecify.annotations.Nullable;

/**
 * The buffers a UDP channel reads datagrams into: all of one size, one byte over the
 * largest datagram (so that a larger one shows up truncated and is dropped), up to 16
 * reads per wake-up. Each channel keeps the first 16 buffers it takes from the allocator
 * and reads into one of them again once nothing else holds it (a reply that sends the
 * datagram back holds it until it is written). A buffer of the default size (64 KiB) is
 * outside the pooled allocator's size classes: taking and returning one per datagram cost
 * a 64-byte echo 6% of its CPU. The kept buffers (at most 16 x the size, 1 MiB at the
 * default) go back to the allocator when the channel is unregistered. Used on the
 * channel's event loop only.
 */
final class DatagramReceiveBuffers extends DefaultMaxMessagesRecvByteBufAllocator {

	private static final int MAX_READS_PER_WAKEUP = 16;

	private static final int KEPT = 16;

	private final int size;

	/**
	 * @param maxDatagramSize the largest datagram the channel accepts, in bytes
	 */
	DatagramReceiveBuffers(int maxDatagramSize) {
		super(MAX_READS_PER_WAKEUP);
		this.size = maxDatagramSize + 1;
	}

	@Override
	public Handle newHandle() {
		return new Kept();
	}

	/**
	 * Gives the buffers that {@code channel} keeps back to their allocator.
	 */
	static void release(Channel channel) {
		if (channel.unsafe().recvBufAllocHandle() instanceof Kept kept) {
			kept.release();
		}
	}

	private final class Kept extends MaxMessageHandle {

		private final @Nullable ByteBuf[] buffers = new ByteBuf[KEPT];

		private int count;

		private int next;

		@Override
		public ByteBuf allocate(ByteBufAllocator allocator) {
			for (int i = 0; i < this.count; i++) {
				int index = (this.next + i) % this.count;
				ByteBuf buffer = this.buffers[index];
				// Only this handle's own reference left: nothing reads or sends it.
				if (buffer != null && buffer.refCnt() == 1) {
					this.next = index + 1;
					return buffer.clear().retain();
				}
			}
			ByteBuf buffer = allocator.ioBuffer(guess());
			if (this.count < KEPT) {
				this.buffers[this.count++] = buffer.retain();
			}
			return buffer;
		}

		@Override
		public int guess() {
			return DatagramReceiveBuffers.this.size;
		}

		void release() {
			for (int i = 0; i < this.count; i++) {
				ByteBuf buffer = this.buffers[i];
				if (buffer != null) {
					buffer.release();
					this.buffers[i] = null;
				}
			}
			this.count = 0;
		}

	}

}
