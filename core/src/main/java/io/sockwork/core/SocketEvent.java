package io.sockwork.core;

/**
 * The events of a socket handler, for counting handler errors by event.
 */
public enum SocketEvent {

	/** The socket opened. */
	OPEN,

	/** Data arrived. */
	DATA,

	/** The outbound buffer drained. */
	DRAIN,

	/** The socket closed. */
	CLOSE,

	/** An error was reported. */
	ERROR,

	/** The peer ended its side. */
	END,

	/** The socket timed out. */
	TIMEOUT,

	/** A client failed to connect. */
	CONNECT_ERROR,

	/** A TLS handshake completed. */
	HANDSHAKE

}
