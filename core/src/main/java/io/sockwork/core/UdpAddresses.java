package io.sockwork.core;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Collections;

import io.netty.channel.socket.SocketProtocolFamily;
import io.netty.util.NetUtil;
import org.jspecify.annotations.Nullable;

/**
 * Parses the addresses and interfaces given to a {@link UdpChannel} without any name
 * lookup, as Bun does on its hot path.
 */
final class UdpAddresses {

	private UdpAddresses() {
	}

	/**
	 * Parses an IP literal; a name is refused rather than looked up.
	 */
	static InetAddress literal(String what, @Nullable String value) {
		if (value == null) {
			throw new IllegalArgumentException("'" + what + "' must not be null");
		}
		InetAddress address = NetUtil.createInetAddressFromIpAddressString(value);
		if (address == null) {
			throw new IllegalArgumentException("'" + what + "' must be an IP address literal such as 127.0.0.1 or ::1,"
					+ " was '" + value + "' (UDP sends do no DNS lookup)");
		}
		return address;
	}

	static InetSocketAddress recipient(int port, @Nullable String address) {
		Ports.checkPeer("port", port, "");
		return new InetSocketAddress(literal("address", address), port);
	}

	static InetAddress multicastGroup(String group) {
		InetAddress address = literal("group", group);
		if (!address.isMulticastAddress()) {
			throw new IllegalArgumentException("'group' must be a multicast address, was '" + group + "'");
		}
		return address;
	}

	/**
	 * Finds an interface by name ({@code lo}) or by one of its addresses
	 * ({@code 127.0.0.1}).
	 */
	static NetworkInterface networkInterface(String nameOrAddress) {
		if (nameOrAddress == null) {
			throw new IllegalArgumentException("'networkInterface' must not be null");
		}
		try {
			NetworkInterface found = (NetUtil.isValidIpV4Address(nameOrAddress)
					|| NetUtil.isValidIpV6Address(nameOrAddress))
							? NetworkInterface.getByInetAddress(literal("networkInterface", nameOrAddress))
							: NetworkInterface.getByName(nameOrAddress);
			if (found == null) {
				throw new IllegalArgumentException(
						"No network interface is named or has the address '" + nameOrAddress + "'");
			}
			return found;
		}
		catch (SocketException ex) {
			throw new UdpSocketException("Could not look up network interface '" + nameOrAddress + "'", ex);
		}
	}

	/**
	 * The interface to join a group on when none is given and the socket is bound to
	 * every interface: the first multicast-capable interface that is up and has an
	 * address of the group's family, loopback last.
	 */
	static @Nullable NetworkInterface firstMulticastInterface(InetAddress group) {
		NetworkInterface loopback = null;
		try {
			for (NetworkInterface candidate : Collections.list(NetworkInterface.getNetworkInterfaces())) {
				if (!candidate.isUp() || !hasAddressOfFamily(candidate, group)) {
					continue;
				}
				if (candidate.isLoopback()) {
					loopback = (loopback != null) ? loopback : candidate;
				}
				else if (candidate.supportsMulticast()) {
					return candidate;
				}
			}
		}
		catch (SocketException ex) {
			throw new UdpSocketException("Could not list the network interfaces", ex);
		}
		return loopback;
	}

	private static boolean hasAddressOfFamily(NetworkInterface candidate, InetAddress group) {
		return candidate.inetAddresses()
			.anyMatch((address) -> (address instanceof Inet4Address) == (group instanceof Inet4Address));
	}

	/**
	 * The protocol family of a bound address: IPv4 or IPv6 for a literal, {@code null}
	 * (the system's default) when no host was given.
	 */
	static @Nullable SocketProtocolFamily family(@Nullable String host, InetSocketAddress bound) {
		if (host == null) {
			return null;
		}
		return (bound.getAddress() instanceof Inet4Address) ? SocketProtocolFamily.INET : SocketProtocolFamily.INET6;
	}

	static String describe(@Nullable NetworkInterface networkInterface) {
		return (networkInterface != null) ? networkInterface.getName() : "(none)";
	}

}
