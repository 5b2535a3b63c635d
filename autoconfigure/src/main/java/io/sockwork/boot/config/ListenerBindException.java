package io.sockwork.boot.config;

import io.sockwork.core.SocketBindException;

/**
 * A TCP listener or UDP socket could not bind its address, most often because the port is
 * in use.
 */
public class ListenerBindException extends RuntimeException {

	private final SocketBindException bindException;

	private final String listenerName;

	private final String transport;

	/**
	 * Creates the exception for a TCP listener.
	 * @param listenerName the name of the listener
	 * @param cause the engine's error, which carries the address
	 */
	public ListenerBindException(String listenerName, SocketBindException cause) {
		this(listenerName, "TCP", cause);
	}

	/**
	 * Creates the exception.
	 * @param listenerName the name of the TCP listener or UDP socket
	 * @param transport {@code "TCP"} or {@code "UDP"}
	 * @param cause the engine's error, which carries the address
	 */
	public ListenerBindException(String listenerName, String transport, SocketBindException cause) {
		super(("UDP".equals(transport) ? "UDP socket '" : "Listener '") + listenerName + "' failed to start: "
				+ cause.getMessage(), cause);
		this.bindException = cause;
		this.listenerName = listenerName;
		this.transport = transport;
	}

	/**
	 * The transport of what failed to bind.
	 * @return {@code "TCP"} or {@code "UDP"}
	 */
	public String getTransport() {
		return this.transport;
	}

	/**
	 * The name of the TCP listener or UDP socket.
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
		return this.bindException;
	}

}
