package io.sockwork.boot.config;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The options of a UDP socket set once it is bound, and the multicast groups it joins: a
 * copy of its settings, so that customizers cannot change a running socket.
 *
 * @param broadcast whether SO_BROADCAST is set
 * @param ttl the unicast TTL, or {@code null} for the system's default
 * @param groups the multicast groups' IP literals
 * @param source the only source of the groups, or {@code null} for any
 * @param networkInterface the multicast interface, or {@code null} for the default
 * @param multicastTtl the multicast TTL, or {@code null} for the system's default
 * @param multicastLoopback whether multicast is looped back, or {@code null} for the
 * system's default
 */
public record UdpChannelOptions(boolean broadcast, @Nullable Integer ttl, List<String> groups, @Nullable String source,
		@Nullable String networkInterface, @Nullable Integer multicastTtl, @Nullable Boolean multicastLoopback) {

	/**
	 * Copies the group list.
	 */
	public UdpChannelOptions {
		groups = List.copyOf(groups);
	}

	/**
	 * The options of a socket's settings.
	 * @param settings the settings
	 * @return the options
	 */
	public static UdpChannelOptions of(UdpSocketSettings settings) {
		return new UdpChannelOptions(settings.isBroadcast(), settings.getTtl(), settings.getMulticastGroups(),
				settings.getMulticastSource(), settings.getMulticastInterface(), settings.getMulticastTtl(),
				settings.getMulticastLoopback());
	}

}
