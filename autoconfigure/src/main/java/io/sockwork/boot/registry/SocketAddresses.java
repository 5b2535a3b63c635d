package io.sockwork.boot.registry;

import java.net.InetSocketAddress;

/**
 * Formats bound addresses as {@code host:port}, with IPv6 hosts in brackets.
 */
final class SocketAddresses {

	private SocketAddresses() {
	}

	static String format(String host, int port) {
		return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
	}

	static String format(InetSocketAddress address) {
		return format(address.getAddress().getHostAddress(), address.getPort());
	}

}
