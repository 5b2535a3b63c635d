package io.sockwork.boot.registry;

import java.net.InetSocketAddress;

/**
 * Formats addresses as {@code host:port}, with IPv6 hosts in brackets: the one address
 * format of the registry, the actuator and the logs.
 */
public final class SocketAddresses {

	private SocketAddresses() {
	}

	/**
	 * Formats a host and a port.
	 * @param host the host address
	 * @param port the port
	 * @return {@code host:port}, or {@code [host]:port} for an IPv6 host
	 */
	public static String format(String host, int port) {
		return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
	}

	/**
	 * Formats a resolved address.
	 * @param address the address
	 * @return {@code host:port}, or {@code [host]:port} for an IPv6 host
	 */
	public static String format(InetSocketAddress address) {
		return format(address.getAddress().getHostAddress(), address.getPort());
	}

}
