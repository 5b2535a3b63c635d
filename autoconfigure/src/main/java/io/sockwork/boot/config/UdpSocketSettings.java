package io.sockwork.boot.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import io.sockwork.boot.annotation.UdpSocket;
import io.sockwork.core.UdpChannel;
import io.sockwork.core.UdpOptions;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.util.unit.DataSize;

/**
 * The settings of one UDP socket, first read from its {@code @UdpSocket} annotation, then
 * changed by every {@link UdpSocketSettingsCustomizer} (configuration properties among
 * them). Both mappings are here, so that an option is written in the annotation,
 * {@link UdpSocketProperties} and this class only.
 */
public final class UdpSocketSettings extends SocketSettings {

	private @Nullable String connectHost;

	private @Nullable Integer connectPort;

	private boolean broadcast;

	private @Nullable Integer ttl;

	private @Nullable DataSize receiveBufferSize;

	private DataSize maxDatagramSize = DataSize.ofBytes(UdpOptions.MAX_DATAGRAM_SIZE);

	private List<String> multicastGroups = new ArrayList<>();

	private @Nullable String multicastSource;

	private @Nullable String multicastInterface;

	private @Nullable Integer multicastTtl;

	private @Nullable Boolean multicastLoopback;

	/**
	 * Creates settings with the defaults.
	 * @param name the socket's name
	 * @param source the handler method that declares the socket, for messages
	 */
	public UdpSocketSettings(String name, String source) {
		super(name, source);
	}

	/**
	 * The settings an annotation gives.
	 * @param annotation the annotation
	 * @param name the socket's name
	 * @param source the handler method that declares the socket, for messages
	 * @param attributes resolves the attributes' placeholders
	 * @return the settings
	 * @throws IllegalArgumentException if an attribute cannot be parsed
	 */
	public static UdpSocketSettings read(UdpSocket annotation, String name, String source,
			AttributeResolver attributes) {
		UdpSocketSettings settings = new UdpSocketSettings(name, source);
		PropertyMapper map = PropertyMapper.get();
		map.from(attributes.text(annotation.host())).to(settings::setHost);
		map.from(attributes.integer(annotation.port(), "port")).to(settings::setPort);
		map.from(attributes.text(annotation.connectHost())).to(settings::setConnectHost);
		map.from(attributes.integer(annotation.connectPort(), "connectPort")).to(settings::setConnectPort);
		map.from(attributes.texts(annotation.groups())).to(settings::setMulticastGroups);
		map.from(attributes.text(annotation.multicastInterface())).to(settings::setMulticastInterface);
		map.from(attributes.text(annotation.source())).to(settings::setMulticastSource);
		map.from(attributes.integer(annotation.multicastTtl(), "multicastTtl")).to(settings::setMulticastTtl);
		map.from(attributes.bool(annotation.multicastLoopback(), "multicastLoopback"))
			.to(settings::setMulticastLoopback);
		settings.readDispatch(annotation.dispatch(), annotation.executor(), annotation.dispatchQueueHighWaterMark(),
				annotation.dispatchQueueLowWaterMark(), attributes);
		return settings;
	}

	/**
	 * Applies the properties that are set, over what the annotation gave.
	 * @param properties the socket's properties
	 */
	public void apply(UdpSocketProperties properties) {
		applySocket(properties);
		PropertyMapper map = PropertyMapper.get();
		map.from(properties.getConnect()::getHost).to(this::setConnectHost);
		map.from(properties.getConnect()::getPort).to(this::setConnectPort);
		map.from(properties::getBroadcast).to(this::setBroadcast);
		map.from(properties::getTtl).to(this::setTtl);
		map.from(properties::getReceiveBufferSize).to(this::setReceiveBufferSize);
		map.from(properties::getMaxDatagramSize).to(this::setMaxDatagramSize);
		UdpSocketProperties.Multicast multicast = properties.getMulticast();
		map.from(multicast::getGroups).to(this::setMulticastGroups);
		map.from(multicast::getSource).to(this::setMulticastSource);
		map.from(multicast::getNetworkInterface).to(this::setMulticastInterface);
		map.from(multicast::getTtl).to(this::setMulticastTtl);
		map.from(multicast::getLoopback).to(this::setMulticastLoopback);
	}

	/**
	 * The peer the socket is connected to.
	 * @return the peer's host, or {@code null} for an unconnected socket
	 */
	public @Nullable String getConnectHost() {
		return this.connectHost;
	}

	/**
	 * Sets the peer the socket is connected to (Bun's {@code connect: {hostname}}).
	 * @param connectHost the peer's host, or {@code null} for an unconnected socket
	 */
	public void setConnectHost(@Nullable String connectHost) {
		this.connectHost = connectHost;
	}

	/**
	 * The port of the peer the socket is connected to.
	 * @return the peer's port, or {@code null} when not set
	 */
	public @Nullable Integer getConnectPort() {
		return this.connectPort;
	}

	/**
	 * Sets the port of the peer the socket is connected to (Bun's {@code connect:
	 * {port}}).
	 * @param connectPort the peer's port, or {@code null} when not set
	 */
	public void setConnectPort(@Nullable Integer connectPort) {
		this.connectPort = connectPort;
	}

	/**
	 * Whether SO_BROADCAST is set.
	 * @return whether sending to broadcast addresses is allowed
	 */
	public boolean isBroadcast() {
		return this.broadcast;
	}

	/**
	 * Sets whether SO_BROADCAST is set.
	 * @param broadcast whether sending to broadcast addresses is allowed
	 */
	public void setBroadcast(boolean broadcast) {
		this.broadcast = broadcast;
	}

	/**
	 * The IP time-to-live of unicast datagrams.
	 * @return the TTL, or {@code null} for the system's default
	 */
	public @Nullable Integer getTtl() {
		return this.ttl;
	}

	/**
	 * Sets the IP time-to-live of unicast datagrams; needs a native transport.
	 * @param ttl the TTL, or {@code null} for the system's default
	 */
	public void setTtl(@Nullable Integer ttl) {
		this.ttl = ttl;
	}

	/**
	 * The kernel's receive buffer (SO_RCVBUF).
	 * @return the size, or {@code null} for the system's default
	 */
	public @Nullable DataSize getReceiveBufferSize() {
		return this.receiveBufferSize;
	}

	/**
	 * Sets the kernel's receive buffer (SO_RCVBUF).
	 * @param receiveBufferSize the size, or {@code null} for the system's default
	 */
	public void setReceiveBufferSize(@Nullable DataSize receiveBufferSize) {
		this.receiveBufferSize = receiveBufferSize;
	}

	/**
	 * The largest datagram sent or received.
	 * @return the size
	 */
	public DataSize getMaxDatagramSize() {
		return this.maxDatagramSize;
	}

	/**
	 * Sets the largest datagram sent or received; larger ones are refused or dropped.
	 * @param maxDatagramSize the size, at most 65,507 bytes
	 */
	public void setMaxDatagramSize(DataSize maxDatagramSize) {
		this.maxDatagramSize = maxDatagramSize;
	}

	/**
	 * The multicast groups joined while the socket runs.
	 * @return the groups' IP literals
	 */
	public List<String> getMulticastGroups() {
		return this.multicastGroups;
	}

	/**
	 * Sets the multicast groups joined while the socket runs.
	 * @param multicastGroups the groups' IP literals
	 */
	public void setMulticastGroups(List<String> multicastGroups) {
		this.multicastGroups = new ArrayList<>(multicastGroups);
	}

	/**
	 * The only source the groups are received from (source-specific membership).
	 * @return the source's IP literal, or {@code null} for any source
	 */
	public @Nullable String getMulticastSource() {
		return this.multicastSource;
	}

	/**
	 * Sets the only source the groups are received from (source-specific membership).
	 * @param multicastSource the source's IP literal, or {@code null} for any source
	 */
	public void setMulticastSource(@Nullable String multicastSource) {
		this.multicastSource = multicastSource;
	}

	/**
	 * The interface that joins the groups and sends multicast datagrams.
	 * @return an interface name or address, or {@code null} for the default
	 */
	public @Nullable String getMulticastInterface() {
		return this.multicastInterface;
	}

	/**
	 * Sets the interface that joins the groups and sends multicast datagrams.
	 * @param multicastInterface an interface name or address, or {@code null} for the
	 * default
	 */
	public void setMulticastInterface(@Nullable String multicastInterface) {
		this.multicastInterface = multicastInterface;
	}

	/**
	 * The TTL of multicast datagrams sent.
	 * @return the TTL, or {@code null} for the system's default
	 */
	public @Nullable Integer getMulticastTtl() {
		return this.multicastTtl;
	}

	/**
	 * Sets the TTL of multicast datagrams sent.
	 * @param multicastTtl the TTL, or {@code null} for the system's default
	 */
	public void setMulticastTtl(@Nullable Integer multicastTtl) {
		this.multicastTtl = multicastTtl;
	}

	/**
	 * Whether multicast datagrams sent are looped back to local sockets.
	 * @return the setting, or {@code null} for the system's default
	 */
	public @Nullable Boolean getMulticastLoopback() {
		return this.multicastLoopback;
	}

	/**
	 * Sets whether multicast datagrams sent are looped back to local sockets.
	 * @param multicastLoopback the setting, or {@code null} for the system's default
	 */
	public void setMulticastLoopback(@Nullable Boolean multicastLoopback) {
		this.multicastLoopback = multicastLoopback;
	}

	/**
	 * The engine's options for these settings.
	 * @throws IllegalArgumentException if the settings are invalid, for example without a
	 * port
	 */
	public UdpOptions toUdpOptions() {
		if (getPort() == null) {
			throw new IllegalArgumentException("No port is configured");
		}
		UdpOptions options = UdpOptions.port(getPort())
			.withHost(getHost())
			.withMaxDatagramSize((int) Math.min(Integer.MAX_VALUE, this.maxDatagramSize.toBytes()));
		if (this.receiveBufferSize != null) {
			options = options
				.withReceiveBufferSize((int) Math.min(Integer.MAX_VALUE, this.receiveBufferSize.toBytes()));
		}
		if (this.connectHost != null || this.connectPort != null) {
			if (this.connectHost == null || this.connectPort == null) {
				throw new IllegalArgumentException("A connected socket needs both connect.host and connect.port"
						+ " (connectHost and connectPort), got only " + ((this.connectHost != null)
								? "connect.host " + this.connectHost : "connect.port " + this.connectPort));
			}
			options = options.withConnect(this.connectHost, this.connectPort);
		}
		return options;
	}

	/**
	 * The options applied once the socket is bound: a copy, so that customizers cannot
	 * change a running socket.
	 * @return the options
	 */
	public ChannelOptions toChannelOptions() {
		return new ChannelOptions(this.broadcast, this.ttl, this.multicastGroups, this.multicastSource,
				this.multicastInterface, this.multicastTtl, this.multicastLoopback);
	}

	/**
	 * The options of a UDP socket set once it is bound, and the multicast groups it
	 * joins.
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
	public record ChannelOptions(boolean broadcast, @Nullable Integer ttl, List<String> groups, @Nullable String source,
			@Nullable String networkInterface, @Nullable Integer multicastTtl, @Nullable Boolean multicastLoopback) {

		/**
		 * Copies the group list.
		 */
		public ChannelOptions {
			groups = List.copyOf(groups);
		}

		/**
		 * Whether a channel with these options can take {@code next} in place: the
		 * membership source and interface are the same, and no option goes back to the
		 * system's default.
		 * @param next the new options
		 * @return whether {@link #apply} can change the channel
		 */
		public boolean canChangeTo(ChannelOptions next) {
			return Objects.equals(this.source, next.source)
					&& Objects.equals(this.networkInterface, next.networkInterface) && keeps(this.ttl, next.ttl)
					&& keeps(this.multicastTtl, next.multicastTtl)
					&& keeps(this.multicastLoopback, next.multicastLoopback);
		}

		private static boolean keeps(@Nullable Object from, @Nullable Object to) {
			return from == null || to != null;
		}

		/**
		 * Sets the socket options of these that differ from {@code previous} on a channel
		 * (all of them the first time); the groups are the caller's to join.
		 * @param channel the channel
		 * @param previous the options applied so far, or {@code null} for none
		 */
		public void apply(UdpChannel channel, @Nullable ChannelOptions previous) {
			if ((previous != null) ? previous.broadcast != this.broadcast : this.broadcast) {
				channel.setBroadcast(this.broadcast);
			}
			if (this.ttl != null && changed(previous, this.ttl, ChannelOptions::ttl)) {
				channel.setTtl(this.ttl);
			}
			if (previous == null && this.networkInterface != null) {
				channel.setMulticastInterface(this.networkInterface);
			}
			if (this.multicastTtl != null && changed(previous, this.multicastTtl, ChannelOptions::multicastTtl)) {
				channel.setMulticastTtl(this.multicastTtl);
			}
			if (this.multicastLoopback != null
					&& changed(previous, this.multicastLoopback, ChannelOptions::multicastLoopback)) {
				channel.setMulticastLoopback(this.multicastLoopback);
			}
		}

		private static <T> boolean changed(@Nullable ChannelOptions previous, T value,
				Function<ChannelOptions, @Nullable T> option) {
			return previous == null || !value.equals(option.apply(previous));
		}

	}

}
