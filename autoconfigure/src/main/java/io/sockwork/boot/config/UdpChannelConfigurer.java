package io.sockwork.boot.config;

import java.util.List;

import io.sockwork.core.UdpChannel;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the socket options of a UDP socket once it is bound, joins its multicast
 * groups, and leaves them when it stops. Holds a copy of the settings, so that
 * customizers cannot change a running socket.
 */
public final class UdpChannelConfigurer {

	private static final Logger logger = LoggerFactory.getLogger(UdpChannelConfigurer.class);

	private final boolean broadcast;

	private final @Nullable Integer ttl;

	private final List<String> groups;

	private final @Nullable String source;

	private final @Nullable String networkInterface;

	private final @Nullable Integer multicastTtl;

	private final @Nullable Boolean multicastLoopback;

	/**
	 * Copies the options of a socket's settings.
	 * @param settings the settings
	 */
	public UdpChannelConfigurer(UdpSocketSettings settings) {
		this.broadcast = settings.isBroadcast();
		this.ttl = settings.getTtl();
		this.groups = List.copyOf(settings.getMulticastGroups());
		this.source = settings.getMulticastSource();
		this.networkInterface = settings.getMulticastInterface();
		this.multicastTtl = settings.getMulticastTtl();
		this.multicastLoopback = settings.getMulticastLoopback();
	}

	/**
	 * Applies the options and joins the groups.
	 * @throws RuntimeException what the channel threw, such as {@code UdpSocketException}
	 * for a failed join
	 */
	public void configure(UdpChannel channel) {
		if (this.broadcast) {
			channel.setBroadcast(true);
		}
		if (this.ttl != null) {
			channel.setTtl(this.ttl);
		}
		if (this.networkInterface != null) {
			channel.setMulticastInterface(this.networkInterface);
		}
		if (this.multicastTtl != null) {
			channel.setMulticastTtl(this.multicastTtl);
		}
		if (this.multicastLoopback != null) {
			channel.setMulticastLoopback(this.multicastLoopback);
		}
		for (String group : this.groups) {
			if (this.source != null) {
				channel.addSourceSpecificMembership(this.source, group, this.networkInterface);
			}
			else {
				channel.addMembership(group, this.networkInterface);
			}
		}
	}

	/**
	 * Leaves the groups; a group that cannot be left is logged, as closing the socket
	 * leaves it anyway.
	 */
	public void leave(UdpChannel channel) {
		for (String group : this.groups) {
			try {
				if (this.source != null) {
					channel.dropSourceSpecificMembership(this.source, group, this.networkInterface);
				}
				else {
					channel.dropMembership(group, this.networkInterface);
				}
			}
			catch (RuntimeException ex) {
				logger.debug("Could not leave multicast group {} on {}", group, channel, ex);
			}
		}
	}

	/**
	 * The multicast groups, for log messages.
	 */
	public List<String> groups() {
		return this.groups;
	}

}
