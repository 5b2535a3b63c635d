package io.sockwork.boot.registry;

/**
 * The kinds of sockets the registry runs, in the order it starts them.
 */
public enum SocketKind {

	/** A TCP listener ({@code @TcpListener}). */
	LISTENER("tcp"),

	/** A UDP socket ({@code @UdpSocket}). */
	UDP_SOCKET("udp"),

	/** A TCP client ({@code @TcpClient}). */
	CLIENT("tcp");

	private final String transport;

	SocketKind(String transport) {
		this.transport = transport;
	}

	/**
	 * The transport, as shown in tags and descriptions.
	 * @return {@code tcp} or {@code udp}
	 */
	public String transport() {
		return this.transport;
	}

}
