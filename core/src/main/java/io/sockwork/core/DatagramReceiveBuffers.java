package io.sockwork.core;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.DefaultMaxMessagesRecvByteBufAllocator;

/**
 * The buffers a UDP channel reads datagrams into: all of one size, one byte over the
 * largest datagram (so that a larger one shows up truncated and is dropped), up to 16
 * reads per wake-up, taken from the buffers its event loop keeps
 * ({@link LoopDatagramBuffers}) rather than from the allocator per datagram.
 */
final class DatagramReceiveBuffers extends DefaultMaxMessagesRecvByteBufAllocator {

	private static final int MAX_READS_PER_WAKEUP = 16;

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
		return new LoopKept();
	}

	private final class LoopKept extends MaxMessageHandle {

		@Override
		public ByteBuf allocate(ByteBufAllocator allocator) {
			// Called on the channel's event loop, as Netty reads there.
			return LoopDatagramBuffers.current(DatagramReceiveBuffers.this.size).take(allocator);
		}

		@Override
		public int guess() {
			return DatagramReceiveBuffers.this.size;
		}

	}

}
