package io.sockwork.core;

import io.netty.channel.ChannelOption;
import io.netty.channel.unix.IntegerUnixChannelOption;

/**
 * IPV6_V6ONLY on native (Unix) transports, which Java's NIO cannot set. Kept apart so
 * that nothing loads Netty's Unix classes on NIO.
 */
final class UnixIpv6OnlyOption {

	private static final int IPPROTO_IPV6 = 41;

	private static final int IPV6_V6ONLY = 26;

	static final ChannelOption<Integer> IPV6_V6ONLY_OPTION = new IntegerUnixChannelOption("IPV6_V6ONLY", IPPROTO_IPV6,
			IPV6_V6ONLY);

	private UnixIpv6OnlyOption() {
	}

}
