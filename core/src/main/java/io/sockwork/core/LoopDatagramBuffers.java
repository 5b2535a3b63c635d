package io.sockwork.core;

import java.util.ArrayList;
import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.util.concurrent.FastThreadLocal;
import org.jspecify.annotations.Nullable;

/**
 * The datagram receive buffers of one size that one event-loop thread keeps for all its
 * UDP channels: the first 16 it takes from the allocator, each read into again once
 * nothing else holds it (a reply that sends the datagram back holds it until it is
 * written), whichever channel reads. A buffer of the default size (64 KiB) is outside the
 * pooled allocator's size classes: taking and returning one per datagram cost a 64-byte
 * echo 6% of its CPU. Kept per loop rather than per channel, they cost at most 16 x the
 * size per loop (1 MiB at the default) however many sockets it serves, and go back to the
 * allocator when the thread ends. Used on its own thread only.
 */
final class LoopDatagramBuffers {

	private static final int KEPT = 16;

	private static final FastThreadLocal<List<LoopDatagramBuffers>> BY_SIZE = new FastThreadLocal<>() {

		@Override
		protected List<LoopDatagramBuffers> initialValue() {
			return new ArrayList<>(1);
		}

		@Override
		protected void onRemoval(List<LoopDatagramBuffers> kept) {
			kept.forEach(LoopDatagramBuffers::release);
		}

	};

	private final int size;

	private final @Nullable ByteBuf[] buffers = new ByteBuf[KEPT];

	private int count;

	private int next;

	private LoopDatagramBuffers(int size) {
		this.size = size;
	}

	/**
	 * The buffers of {@code size} bytes that the calling thread keeps.
	 */
	static LoopDatagramBuffers current(int size) {
		List<LoopDatagramBuffers> all = BY_SIZE.get();
		for (LoopDatagramBuffers kept : all) {
			if (kept.size == size) {
				return kept;
			}
		}
		LoopDatagramBuffers kept = new LoopDatagramBuffers(size);
		all.add(kept);
		return kept;
	}

	/**
	 * A cleared buffer to read one datagram into, which the caller releases: a kept one
	 * that nothing else holds, or a new one from {@code allocator}, kept if fewer than 16
	 * are.
	 */
	ByteBuf take(ByteBufAllocator allocator) {
		for (int i = 0; i < this.count; i++) {
			int index = (this.next + i) % this.count;
			ByteBuf buffer = this.buffers[index];
			// Only this thread's own reference left: nothing reads or sends it.
			if (buffer != null && buffer.refCnt() == 1) {
				this.next = index + 1;
				return buffer.clear().retain();
			}
		}
		ByteBuf buffer = allocator.ioBuffer(this.size);
		if (this.count < KEPT) {
			this.buffers[this.count++] = buffer.retain();
		}
		return buffer;
	}

	private void release() {
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
