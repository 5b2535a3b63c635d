package io.sockwork.core;

import java.util.concurrent.atomic.LongAdder;

/**
 * Live counters of one UDP socket, kept in plain adders so that meters can read them
 * without costing the hot path a registry call.
 */
public final class UdpStats {

	private final LongAdder datagramsReceived = new LongAdder();

	private final LongAdder bytesReceived = new LongAdder();

	private final LongAdder datagramsSent = new LongAdder();

	private final LongAdder bytesSent = new LongAdder();

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

	void received(int bytes) {
		this.datagramsReceived.increment();
		this.bytesReceived.add(bytes);
	}

	void sent(int bytes) {
		this.datagramsSent.increment();
		this.bytesSent.add(bytes);
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
