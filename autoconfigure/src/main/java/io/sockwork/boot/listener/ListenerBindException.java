package io.sockwork.boot.listener;

import io.sockwork.core.SocketBindException;

/**
 * A listener could not bind its address, most often because the port is in use.
 */
public class ListenerBindException extends RuntimeException {

	private final String listenerName;

	/**
	 * Creates the exception.
	 * @param listenerName the name of the listener
	 * @param cause the engine's error, which carries the address
	 */
	public ListenerBindException(String listenerName, SocketBindException cause) {
		super("Listener '" + listenerName + "' failed to start: " + cause.getMessage(), cause);
		this.listenerName = listenerName;
	}

	/**
	 * The name of the listener.
	 * @return the name
	 */
	public String getListenerName() {
		return this.listenerName;
	}

	/**
	 * The engine's error, which carries the host and port.
	 * @return the bind error
	 */
	public SocketBindException getBindException() {
		return (SocketBindException) getCause();
	}

}
