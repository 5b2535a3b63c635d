package io.sockwork.boot.config;

/**
 * A declared listener, UDP socket or client, ready for the registry to run: its name and
 * the method that declared it.
 */
public sealed interface SocketEndpoint permits TcpListenerEndpoint, UdpSocketEndpoint, TcpClientEndpoint {

	/**
	 * The socket's name, unique among listeners, UDP sockets and clients.
	 * @return the name
	 */
	String name();

	/**
	 * The method that declared the socket, for messages.
	 * @return the method
	 */
	String source();

}
