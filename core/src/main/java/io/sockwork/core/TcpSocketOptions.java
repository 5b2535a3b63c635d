package io.sockwork.core;

/**
 * Options every TCP socket has, on a server or a client.
 *
 * @param allowHalfOpen whether a socket stays open for writing after the peer ended its
 * side
 * @param noDelay whether TCP_NODELAY is set (on by default, as Bun does)
 * @param keepAlive whether SO_KEEPALIVE is set
 * @param waterMarks the outbound buffer limits
 */
public record TcpSocketOptions(boolean allowHalfOpen, boolean noDelay, boolean keepAlive, WaterMarks waterMarks) {

	/** No half-open sockets, no delay, no keep-alive, Netty's water marks. */
	public static final TcpSocketOptions DEFAULT = new TcpSocketOptions(false, true, false, WaterMarks.DEFAULT);

	/**
	 * Validates the options.
	 */
	public TcpSocketOptions {
		if (waterMarks == null) {
			throw new IllegalArgumentException("'waterMarks' must not be null");
		}
	}

	/**
	 * Returns a copy with the given half-open setting.
	 * @param allowHalfOpen whether half-open sockets are allowed
	 * @return the new options
	 */
	public TcpSocketOptions withAllowHalfOpen(boolean allowHalfOpen) {
		return new TcpSocketOptions(allowHalfOpen, this.noDelay, this.keepAlive, this.waterMarks);
	}

	/**
	 * Returns a copy with the given TCP_NODELAY setting.
	 * @param noDelay whether TCP_NODELAY is set
	 * @return the new options
	 */
	public TcpSocketOptions withNoDelay(boolean noDelay) {
		return new TcpSocketOptions(this.allowHalfOpen, noDelay, this.keepAlive, this.waterMarks);
	}

	/**
	 * Returns a copy with the given SO_KEEPALIVE setting.
	 * @param keepAlive whether SO_KEEPALIVE is set
	 * @return the new options
	 */
	public TcpSocketOptions withKeepAlive(boolean keepAlive) {
		return new TcpSocketOptions(this.allowHalfOpen, this.noDelay, keepAlive, this.waterMarks);
	}

	/**
	 * Returns a copy with the given water marks.
	 * @param waterMarks the outbound buffer limits
	 * @return the new options
	 */
	public TcpSocketOptions withWaterMarks(WaterMarks waterMarks) {
		return new TcpSocketOptions(this.allowHalfOpen, this.noDelay, this.keepAlive, waterMarks);
	}

}
