package io.sockwork.core;

import java.util.concurrent.atomic.LongAdder;

/**
 * Live counters of one server, client or UDP socket, kept by the engine in plain adders
 * so that meters can read them without costing the hot path a registry call.
 */
public final class SocketStats {

	private final LongAdder opened = new LongAdder();

	private final LongAdder rejected = new LongAdder();

	private final LongAdder proxyHeadersRejected = new LongAdder();

	private final LongAdder bytesReceived = new LongAdder();

	private final LongAdder bytesSent = new LongAdder();

	private final LongAdder writesBackpressured = new LongAdder();

	private final LongAdder drains = new LongAdder();

	private final LongAdder broadcastsSkipped = new LongAdder();

	private final LongAdder drainWaitNanos = new LongAdder();

	private final LongAdder handshakesSucceeded = new LongAdder();

	private final LongAdder handshakesFailed = new LongAdder();

	private final LongAdder handshakeNanosSucceeded = new LongAdder();

	private final LongAdder handshakeNanosFailed = new LongAdder();

	private final LongAdder[] handlerErrors = new LongAdder[SocketEvent.values().length];

	SocketStats() {
		for (int i = 0; i < this.handlerErrors.length; i++) {
			this.handlerErrors[i] = new LongAdder();
		}
	}

	/**
	 * Connections opened so far.
	 * @return the count
	 */
	public long opened() {
		return this.opened.sum();
	}

	/**
	 * Connections closed at once because the server was at its connection limit.
	 * @return the count
	 */
	public long rejected() {
		return this.rejected.sum();
	}

	/**
	 * Connections closed because they did not start with a valid PROXY protocol header.
	 * @return the count
	 */
	public long proxyHeadersRejected() {
		return this.proxyHeadersRejected.sum();
	}

	/**
	 * Bytes received.
	 * @return the count
	 */
	public long bytesReceived() {
		return this.bytesReceived.sum();
	}

	/**
	 * Bytes accepted by writes.
	 * @return the count
	 */
	public long bytesSent() {
		return this.bytesSent.sum();
	}

	/**
	 * Writes that accepted fewer bytes than given.
	 * @return the count
	 */
	public long writesBackpressured() {
		return this.writesBackpressured.sum();
	}

	/**
	 * Drain events.
	 * @return the count
	 */
	public long drains() {
		return this.drains.sum();
	}

	/**
	 * Sockets a broadcast skipped because their outbound buffer was over its high-water
	 * mark (see
	 * {@link TcpServer#broadcast(java.nio.ByteBuffer, java.util.function.Predicate)}).
	 * @return the count
	 */
	public long broadcastsSkipped() {
		return this.broadcastsSkipped.sum();
	}

	/**
	 * The total time, in nanoseconds, from the first short write to the drain that
	 * followed, over all drains.
	 * @return the total nanoseconds
	 */
	public long drainWaitNanos() {
		return this.drainWaitNanos.sum();
	}

	/**
	 * Exceptions thrown by handler methods for one event.
	 * @param event the event
	 * @return the count
	 */
	public long handlerErrors(SocketEvent event) {
		return this.handlerErrors[event.ordinal()].sum();
	}

	/**
	 * TLS handshakes completed with the given outcome.
	 * @param success whether they succeeded
	 * @return the count
	 */
	public long handshakes(boolean success) {
		return (success ? this.handshakesSucceeded : this.handshakesFailed).sum();
	}

	/**
	 * The total time, in nanoseconds, of the TLS handshakes with the given outcome.
	 * @param success whether they succeeded
	 * @return the total nanoseconds
	 */
	public long handshakeNanos(boolean success) {
		return (success ? this.handshakeNanosSucceeded : this.handshakeNanosFailed).sum();
	}

	void handshake(boolean success, long nanos) {
		(success ? this.handshakesSucceeded : this.handshakesFailed).increment();
		(success ? this.handshakeNanosSucceeded : this.handshakeNanosFailed).add(nanos);
	}

	void connectionOpened() {
		this.opened.increment();
	}

	void connectionRejected() {
		this.rejected.increment();
	}

	void proxyHeaderRejected() {
		this.proxyHeadersRejected.increment();
	}

	void received(int bytes) {
		this.bytesReceived.add(bytes);
	}

	void sent(int bytes) {
		this.bytesSent.add(bytes);
	}

	void writeBackpressured() {
		this.writesBackpressured.increment();
	}

	void broadcastSkipped() {
		this.broadcastsSkipped.increment();
	}

	void drained(long waitNanos) {
		this.drains.increment();
		this.drainWaitNanos.add(waitNanos);
	}

	void handlerFailed(SocketEvent event) {
		this.handlerErrors[event.ordinal()].increment();
	}

}
