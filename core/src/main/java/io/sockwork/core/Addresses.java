package io.sockwork.core;

import java.net.InetSocketAddress;
import java.net.SocketAddress;

import io.netty.util.NetUtil;
import org.jspecify.annotations.Nullable;

/**
 * Formats socket addresses in core's log lines and names as {@code 127.0.0.1:9000} and
 * {@code [::1]:9000} (IPv6 compressed, RFC 5952, by Netty), without the leading slash of
 * {@link InetSocketAddress#toString()}.
 */
final class Addresses {

	private Addresses() {
	}

	static String format(@Nullable SocketAddress address) {
		return (address instanceof InetSocketAddress inet) ? NetUtil.toSocketAddressString(inet)
				: String.valueOf(address);
	}

	static String format(String host, int port) {
		return NetUtil.toSocketAddressString(host, port);
	}

}
