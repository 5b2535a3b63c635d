package io.sockwork.core;

import io.netty.channel.Channel;

/**
 * The flush and drain bookkeeping of one channel, shared by the TCP socket and the UDP
 * channel. Writes made while a handler runs on the event loop are flushed together once
 * the outermost handler call returns (or, for data, once the read burst completes); a
 * write cut short by a full outbound buffer asks for one drain once it is writable again.
 * The event loop alone touches the fields, so they are plain: a flush from another thread
 * flushes the channel and leaves a pending flush to the loop (one flush too many at
 * worst, never one too few).
 * <p>
 * A UDP channel holds one; a TCP socket is one (through {@link ReceiveBufferSizing}), so
 * that an idle connection does not pay for a second object.
 */
class WriteBatch {

	final Channel channel;

	// Nested handler calls; a short, since the stack overflows long before it would.
	private short dispatchDepth;

	private boolean flushPending;

	private boolean drainRequested;

	private long firstShortWriteNanos;

	WriteBatch(Channel channel) {
		this.channel = channel;
	}

	/**
	 * Counts a handler call that starts; writes it makes are flushed later.
	 */
	void enter() {
		this.dispatchDepth++;
	}

	/**
	 * Counts a handler call that returned.
	 */
	void exit() {
		this.dispatchDepth--;
	}

	/**
	 * Whether a handler call runs now; meaningful on the event loop only.
	 */
	boolean inHandler() {
		return this.dispatchDepth > 0;
	}

	/**
	 * Remembers that a write waits for a flush; called on the event loop only.
	 */
	void flushLater() {
		this.flushPending = true;
	}

	/**
	 * Flushes what handlers wrote, unless a handler call further up the stack is still
	 * running (it flushes when it returns).
	 */
	void flushIfOutermost() {
		if (this.dispatchDepth == 0) {
			flushIfPending();
		}
	}

	/**
	 * Flushes what handlers wrote on the event loop, if anything.
	 * @return whether there was something to flush
	 */
	boolean flushIfPending() {
		if (!this.flushPending) {
			return false;
		}
		this.flushPending = false;
		this.channel.flush();
		return true;
	}

	/**
	 * Flushes the channel now, from any thread.
	 */
	void flushNow() {
		flushing();
		this.channel.flush();
	}

	/**
	 * Forgets a pending flush, for a caller that flushes the channel itself; from any
	 * thread.
	 */
	void flushing() {
		if (this.channel.eventLoop().inEventLoop()) {
			this.flushPending = false;
		}
	}

	/**
	 * Asks for a drain once the outbound buffer is writable again; called on the event
	 * loop after a write was cut short.
	 * @param drainCheck what runs {@link #drainDue()} and the handler
	 */
	void requestDrain(Runnable drainCheck) {
		if (!this.drainRequested) {
			this.drainRequested = true;
			this.firstShortWriteNanos = System.nanoTime();
		}
		// The buffer may have drained before this ran: drain at once rather than never.
		if (this.channel.isWritable() && this.channel.isActive()) {
			this.channel.eventLoop().execute(drainCheck);
		}
	}

	/**
	 * Takes a requested drain if the outbound buffer is writable again.
	 * @return how long the writer waited, in nanoseconds, from the first short write; or
	 * -1 when no drain is due
	 */
	long drainDue() {
		if (!this.channel.isWritable() || !this.drainRequested) {
			return -1;
		}
		this.drainRequested = false;
		long waited = System.nanoTime() - this.firstShortWriteNanos;
		this.firstShortWriteNanos = 0;
		return waited;
	}

}
