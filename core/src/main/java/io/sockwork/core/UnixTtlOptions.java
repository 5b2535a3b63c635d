package io.sockwork.core;

import io.netty.channel.ChannelOption;
import io.netty.channel.unix.IntegerUnixChannelOption;

/**
 * The unicast TTL options of native (Unix) transports, which Java's NIO does not have.
 * Kept apart so that nothing loads Netty's Unix classes on NIO.
 */
final class UnixTtlOptions {

	private static final int IPPROTO_IP = 0;

	private static final int IP_TTL = 2;

	private static final int IPPROTO_IPV6 = 41;

	private static final int IPV6_UNICAST_HOPS = 16;

	static final ChannelOption<Integer> IPV4_TTL = new IntegerUnixChannelOption("IP_TTL", IPPROTO_IP, IP_TTL);

	static final ChannelOption<Integer> IPV6_HOPS = new IntegerUnixChannelOption("IPV6_UNICAST_HOPS", IPPROTO_IPV6,
			IPV6_UNICAST_HOPS);

	private UnixTtlOptions() {
	}

}
