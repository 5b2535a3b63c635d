package io.sockwork.boot.registry;

import java.util.Locale;

/**
 * What a declared socket is doing now.
 */
public enum SocketState {

	/** A listener or UDP socket that is bound. */
	LISTENING,

	/** A client with an open connection. */
	CONNECTED,

	/** A running client without a connection: it keeps trying. */
	CONNECTING,

	/** Declared, but not bound or connected. */
	STOPPED;

	/**
	 * The state as shown by the actuator.
	 * @return the lowercase name, such as {@code listening}
	 */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether the socket serves: bound, or for a client connected.
	 * @return whether it is listening or connected
	 */
	public boolean isUp() {
		return this == LISTENING || this == CONNECTED;
	}

}
