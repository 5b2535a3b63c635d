package io.sockwork.boot.handler;

/**
 * The event a handler method handles. Which annotation binds a method to which event is
 * {@link HandlerAnnotation}'s to say.
 */
public enum HandlerEvent {

	/** A connection opened (TCP). */
	OPEN,

	/** Bytes or a datagram arrived. */
	DATA,

	/** The outbound buffer drained after a write was cut short. */
	DRAIN,

	/** A connection closed (TCP). */
	CLOSE,

	/** A handler or the socket failed. */
	ERROR,

	/** The peer ended its side (TCP). */
	END,

	/** A connection was idle too long (TCP). */
	TIMEOUT,

	/** A TLS handshake finished (TCP). */
	HANDSHAKE;

	/**
	 * Whether a UDP socket has this event.
	 * @return whether a UDP socket's method may handle it
	 */
	public boolean isUdp() {
		return this == DATA || this == DRAIN || this == ERROR;
	}

}
