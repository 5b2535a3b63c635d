package io.sockwork.core;

import java.nio.ByteBuffer;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.util.concurrent.FastThreadLocal;
import org.jspecify.annotations.Nullable;

/**
 * What a {@code data} handler on this event loop is being handed: the received buffer and
 * the read-only view of it. Writing or sending that view back (an echo) then shares the
 * buffer's bytes instead of copying them. One per event-loop thread rather than two
 * fields per socket: a loop runs one handler at a time, and an idle connection carries
 * nothing for it. A small chunk or datagram is copied into this loop's own buffer and
 * handed out through one reused read-only view, instead of two new view objects per
 * event; the view is valid only during the call, as {@code data} says. An echo of the
 * whole view writes the received buffer itself, as a raw Netty echo does, rather than a
 * new slice of it.
 */
final class ReceivedView {

	/** Up to this many bytes, copying costs less than allocating two views. */
	static final int SMALL = 1024;

	private static final FastThreadLocal<ReceivedView> CURRENT = new FastThreadLocal<>() {

		@Override
		protected ReceivedView initialValue() {
			return new ReceivedView();
		}

	};

	private @Nullable ByteBuf buf;

	private @Nullable ByteBuffer view;

	// The buffer's reader index when it was opened: a write of the buffer itself moves
	// that index when it is flushed, so slices count from here.
	private int base;

	// Whether the buffer itself has gone to a write: once only, since the first flush
	// leaves it with nothing readable.
	private boolean written;

	private final ByteBuffer small = ByteBuffer.allocateDirect(SMALL);

	private final ByteBuffer smallView = this.small.asReadOnlyBuffer();

	private ReceivedView() {
	}

	/**
	 * The view of the calling event loop.
	 */
	static ReceivedView current() {
		return CURRENT.get();
	}

	/**
	 * Makes the read-only view of {@code buf} the one being handled, until
	 * {@link #close()}.
	 * @return the view, its position 0 at the buffer's reader index
	 */
	ByteBuffer open(ByteBuf buf) {
		int size = buf.readableBytes();
		ByteBuffer view;
		if (size <= SMALL && this.buf == null) {
			buf.getBytes(buf.readerIndex(), this.small.clear().limit(size));
			view = this.smallView.clear().limit(size);
		}
		else {
			// A large one, or one handed out while another is (a nested call): its own
			// view.
			view = (buf.nioBufferCount() == 1) ? buf.nioBuffer().asReadOnlyBuffer()
					: ByteBuffer.wrap(ByteBufUtil.getBytes(buf)).asReadOnlyBuffer();
		}
		this.buf = buf;
		this.view = view;
		this.base = buf.readerIndex();
		this.written = false;
		return view;
	}

	/**
	 * Ends the handler call: the view is no longer shared.
	 */
	void close() {
		this.buf = null;
		this.view = null;
	}

	/**
	 * The bytes of {@code data} from its position, if it is the view being handled, for a
	 * TCP write that the caller releases: the received buffer itself, retained, the first
	 * time the whole of it goes out; otherwise a retained slice of it.
	 * @param data what a handler writes
	 * @param length how many bytes
	 * @return the buffer or a slice of it, or {@code null} when {@code data} is another
	 * buffer
	 */
	@Nullable ByteBuf write(ByteBuffer data, int length) {
		ByteBuf source = this.buf;
		if (!this.written && data == this.view && source != null && data.position() == 0
				&& length == source.readableBytes()) {
			this.written = true;
			return source.retain();
		}
		return slice(data, length);
	}

	private @Nullable ByteBuf slice(ByteBuffer data, int length) {
		ByteBuf source = this.buf;
		if (data != this.view || source == null) {
			return null;
		}
		return source.retainedSlice(this.base + data.position(), length);
	}

	/**
	 * As {@link #write}, for a datagram: the received buffer itself, retained, whenever
	 * the whole of it goes back (sending a datagram reads the buffer without moving its
	 * indices, so one buffer can go out any number of times).
	 * @param data what a handler sends
	 * @return the buffer or a slice of it, or {@code null} when {@code data} is another
	 * buffer
	 */
	@Nullable ByteBuf datagram(ByteBuffer data) {
		ByteBuf source = this.buf;
		if (data == this.view && source != null && data.position() == 0 && data.remaining() == source.readableBytes()) {
			return source.retain();
		}
		return slice(data, data.remaining());
	}

}
