package io.sockwork.core;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.netty.channel.ChannelFuture;
import io.netty.channel.socket.DatagramChannel;
import org.jspecify.annotations.Nullable;

/**
 * The multicast groups one UDP socket has joined: joins and leaves them, picks the
 * interface when none is named, and refuses to leave a group it is not a member of.
 * Thread-safe.
 */
final class MulticastMemberships {

	private final DatagramChannel channel;

	private final Set<Membership> memberships = ConcurrentHashMap.newKeySet();

	MulticastMemberships(DatagramChannel channel) {
		this.channel = channel;
	}

	/**
	 * Joins a group, waiting until the kernel did.
	 * @param source the only source to receive from, or {@code null} for any
	 * @param group the group's IP literal
	 * @param networkInterface an interface name or address, or {@code null} for the
	 * default
	 * @param local the socket's bound address, which picks the default interface
	 */
	void join(@Nullable InetAddress source, String group, @Nullable String networkInterface,
			@Nullable InetSocketAddress local) {
		change(true, source, group, networkInterface, local);
	}

	/**
	 * Leaves a group joined before, waiting until the kernel did.
	 * @param source the source it was joined for, or {@code null}
	 * @param group the group's IP literal
	 * @param networkInterface an interface name or address, or {@code null} for the
	 * default
	 * @param local the socket's bound address, which picks the default interface
	 */
	void leave(@Nullable InetAddress source, String group, @Nullable String networkInterface,
			@Nullable InetSocketAddress local) {
		change(false, source, group, networkInterface, local);
	}

	private void change(boolean join, @Nullable InetAddress source, String group, @Nullable String networkInterface,
			@Nullable InetSocketAddress local) {
		InetAddress groupAddress = UdpAddresses.multicastGroup(group);
		NetworkInterface resolved = (networkInterface != null) ? UdpAddresses.networkInterface(networkInterface)
				: defaultInterface(groupAddress, local);
		Membership membership = new Membership(groupAddress, resolved, source);
		if (!join && !this.memberships.contains(membership)) {
			throw new UdpSocketException("Could not leave " + membership + ": this socket is not a member");
		}
		ChannelFuture done = join ? this.channel.joinGroup(groupAddress, resolved, source)
				: this.channel.leaveGroup(groupAddress, resolved, source);
		done.awaitUninterruptibly();
		if (!done.isSuccess()) {
			throw new UdpSocketException("Could not " + (join ? "join " : "leave ") + membership, done.cause());
		}
		if (join) {
			this.memberships.add(membership);
		}
		else {
			this.memberships.remove(membership);
		}
	}

	/**
	 * The interface to join on when none is given: the bound address's, else the
	 * multicast interface, else the first one that is up and can do multicast in the
	 * group's family. Java needs one where the kernel would pick.
	 */
	private NetworkInterface defaultInterface(InetAddress group, @Nullable InetSocketAddress local) {
		try {
			if (local != null && !local.getAddress().isAnyLocalAddress()) {
				NetworkInterface bound = NetworkInterface.getByInetAddress(local.getAddress());
				if (bound != null) {
					return bound;
				}
			}
		}
		catch (SocketException ex) {
			throw new UdpSocketException("Could not find the interface of " + Addresses.format(local), ex);
		}
		NetworkInterface configured = this.channel.config().getNetworkInterface();
		if (configured != null) {
			return configured;
		}
		NetworkInterface first = UdpAddresses.firstMulticastInterface(group);
		if (first == null) {
			throw new UdpSocketException("No network interface that is up can join multicast group "
					+ group.getHostAddress() + ": name one");
		}
		return first;
	}

	/**
	 * One multicast membership, as joined.
	 */
	private record Membership(InetAddress group, NetworkInterface networkInterface, @Nullable InetAddress source) {

		@Override
		public String toString() {
			return "multicast group " + this.group.getHostAddress() + " on interface " + this.networkInterface.getName()
					+ ((this.source != null) ? " for source " + this.source.getHostAddress() : "");
		}

	}

}
