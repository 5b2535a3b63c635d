package io.sockwork.boot.registry;

/**
 * Live counters of one {@code @TcpClient}, over all its connections.
 */
public interface TcpClientStats {

	/**
	 * Whether the client has an open connection now.
	 * @return whether it is connected
	 */
	boolean isConnected();

	/**
	 * Connections opened so far.
	 * @return the count
	 */
	long connectionsOpened();

	/**
	 * Connection attempts made after a failed attempt or a lost connection.
	 * @return the count
	 */
	long reconnectAttempts();

	/**
	 * Bytes received.
	 * @return the count
	 */
	long bytesReceived();

	/**
	 * Bytes accepted by writes.
	 * @return the count
	 */
	long bytesSent();

}
