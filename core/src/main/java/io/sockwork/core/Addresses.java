package io.sockwork.core;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;

import io.netty.util.NetUtil;
import org.jspecify.annotations.Nullable;

/**
 * The one address format of Sockwork's log lines, socket names, registry and actuator:
 * {@code 127.0.0.1:9000} and {@code [::1]:9000} (IPv6 compressed, RFC 5952, by Netty),
 * without the leading slash of {@link InetSocketAddress#toString()}.
 */
public final class Addresses {

	private Addresses() {
	}

	/**
	 * Formats a socket address.
	 * @param address the address; a non-IP one (a Unix domain socket) prints as itself
	 * @return {@code host:port}, or {@code [host]:port} for an IPv6 host
	 */
	public static String format(@Nullable SocketAddress address) {
		return (address instanceof InetSocketAddress inet) ? NetUtil.toSocketAddressString(inet)
				: String.valueOf(address);
	}

	/**
	 * Formats a host and a port; an IPv6 literal is compressed as a resolved address is.
	 * @param host the host name or address
	 * @param port the port
	 * @return {@code host:port}, or {@code [host]:port} for an IPv6 host
	 */
	public static String format(String host, int port) {
		InetAddress literal = NetUtil.createInetAddressFromIpAddressString(host);
		return (literal != null) ? format(new InetSocketAddress(literal, port))
				: NetUtil.toSocketAddressString(host, port);
	}

}
