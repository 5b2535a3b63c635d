package io.sockwork.core;

import java.util.concurrent.atomic.LongAdder;

/**
 * Live counters of one UDP socket, which meters read without costing the hot path a
 * registry call. What every datagram counts is kept by the socket's event loop without an
 * atomic instruction ({@link LoopCounter}); the rare events go to adders.
 */
public final class UdpStats {

	private final LoopCounter datagramsReceived = new LoopCounter();

	private final LoopCounter bytesReceived = new LoopCounter();

	private final LoopCounter datagramsSent = new LoopCounter();

	private final LoopCounter bytesSent = new LoopCounter();

	private final LongAdder datagramsDropped = new LongAdder();

	private final LongAdder sendsBackpressured = new LongAdder();

	private final LongAdder drains = new LongAdder();

	private final LongAdder handlerErrors = new LongAdder();

	UdpStats() {
	}

	/**
	 * Datagrams handed to the {@code data} handler.
	 * @return the count
	 */
	public long datagramsReceived() {
		return this.datagramsReceived.sum();
	}

	/**
	 * Bytes of the datagrams handed to the {@code data} handler.
	 * @return the count
	 */
	public long bytesReceived() {
		return this.bytesReceived.sum();
	}

	/**
	 * Datagrams accepted by {@code send} and {@code sendMany}.
	 * @return the count
	 */
	public long datagramsSent() {
		return this.datagramsSent.sum();
	}

	/**
	 * Bytes of the datagrams accepted by {@code send} and {@code sendMany}.
	 * @return the count
	 */
	public long bytesSent() {
		return this.bytesSent.sum();
	}

	/**
	 * Datagrams lost: accepted ones the transport failed to send, could not send (a
	 * zero-length datagram: Netty's transports skip empty writes) or the peer refused
	 * (port unreachable), and received ones over the size limit or from another than the
	 * connected peer.
	 * @return the count
	 */
	public long datagramsDropped() {
		return this.datagramsDropped.sum();
	}

	/**
	 * Sends refused because the outbound buffer was over its high-water mark.
	 * @return the count
	 */
	public long sendsBackpressured() {
		return this.sendsBackpressured.sum();
	}

	/**
	 * Drain events.
	 * @return the count
	 */
	public long drains() {
		return this.drains.sum();
	}

	/**
	 * Exceptions thrown by handler methods.
	 * @return the count
	 */
	public long handlerErrors() {
		return this.handlerErrors.sum();
	}

	/** Counts a datagram handed to the handler; called on the socket's event loop. */
	void received(int bytes) {
		this.datagramsReceived.add(1, true);
		this.bytesReceived.add(bytes, true);
	}

	/**
	 * Counts a datagram accepted for sending; {@code onLoop} must say whether the caller
	 * is the socket's event loop.
	 */
	void sent(int bytes, boolean onLoop) {
		this.datagramsSent.add(1, onLoop);
		this.bytesSent.add(bytes, onLoop);
	}

	void dropped() {
		this.datagramsDropped.increment();
	}

	void backpressured() {
		this.sendsBackpressured.increment();
	}

	void drained() {
		this.drains.increment();
	}

	void handlerFailed() {
		this.handlerErrors.increment();
	}

}
