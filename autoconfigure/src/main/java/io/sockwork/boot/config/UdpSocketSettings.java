package io.sockwork.boot.config;

import java.util.ArrayList;
import java.util.List;

import io.sockwork.core.UdpOptions;
import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;

/**
 * The settings of one UDP socket, first read from its {@code @UdpSocket} annotation, then
 * changed by every {@link UdpSocketSettingsCustomizer} (configuration properties among
 * them).
 */
public final class UdpSocketSettings extends SocketSettings {

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
		return options;
	}

}
