package io.sockwork.core;

/**
 * The state of a {@link TcpSocket}, with Bun's numeric codes.
 */
public enum ReadyState {

	/** Connecting, not open yet. */
	OPENING(-1),

	/** Open for reading and writing. */
	OPEN(1),

	/** Output shut down (FIN sent or pending): no more writes, reading may go on. */
	SHUTDOWN(-2),

	/** Closed. */
	CLOSED(0);

	private final int code;

	ReadyState(int code) {
		this.code = code;
	}

	/**
	 * The code Bun's {@code socket.readyState} uses for this state.
	 * @return the code
	 */
	public int code() {
		return this.code;
	}

}
