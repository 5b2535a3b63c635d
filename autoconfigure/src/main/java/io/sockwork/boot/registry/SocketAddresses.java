package io.sockwork.boot.registry;

import java.net.InetAddress;
import java.net.InetSocketAddress;

import io.netty.util.NetUtil;

/**
 * Formats addresses as {@code host:port}, with IPv6 hosts compressed and in brackets
 * ({@code 127.0.0.1:9000}, {@code [::1]:9000}): the one address format of the registry,
 * the actuator and the logs, which is core's too.
 */
public final class SocketAddresses {

	private SocketAddresses() {
	}

	/**
	 * Formats a host and a port.
	 * @param host the host name or address
	 * @param port the port
	 * @return {@code host:port}, or {@code [host]:port} for an IPv6 host
	 */
	public static String format(String host, int port) {
		InetAddress literal = NetUtil.createInetAddressFromIpAddressString(host);
		return (literal != null) ? format(new InetSocketAddress(literal, port))
				: NetUtil.toSocketAddressString(host, port);
	}

	/**
	 * Formats a resolved address.
	 * @param address the address
	 * @return {@code host:port}, or {@code [host]:port} for an IPv6 host
	 */
	public static String format(InetSocketAddress address) {
		return NetUtil.toSocketAddressString(address);
	}

}
