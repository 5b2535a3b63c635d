package io.sockwork.boot.config;

import java.util.ArrayList;
import java.util.List;

import io.sockwork.core.UdpOptions;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.Name;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;

/**
 * The configuration properties of one UDP socket, {@code sockwork.udp.sockets.<name>.*};
 * unset values keep the annotation's.
 */
public class UdpSocketProperties extends SocketProperties {

	/**
	 * Whether SO_BROADCAST is set, allowing datagrams to be sent to broadcast addresses.
	 */
	private @Nullable Boolean broadcast;

	/**
	 * IP time-to-live of unicast datagrams sent; needs a native transport (epoll or
	 * io_uring).
	 */
	private @Nullable Integer ttl;

	/**
	 * Size of the kernel's receive buffer (SO_RCVBUF); the system's default when unset.
	 */
	private @Nullable DataSize receiveBufferSize;

	/**
	 * Largest datagram sent or received, at most 65507B; larger ones are refused or
	 * dropped.
	 */
	private @Nullable DataSize maxDatagramSize;

	/**
	 * Multicast groups joined while the socket runs, and the options of multicast
	 * datagrams sent.
	 */
	private final Multicast multicast = new Multicast();

	/**
	 * Peer the socket is connected to: send(data) needs no address, and only the peer's
	 * datagrams are received.
	 */
	private final Connect connect = new Connect();

	public @Nullable Boolean getBroadcast() {
		return this.broadcast;
	}

	public void setBroadcast(@Nullable Boolean broadcast) {
		this.broadcast = broadcast;
	}

	public @Nullable Integer getTtl() {
		return this.ttl;
	}

	public void setTtl(@Nullable Integer ttl) {
		this.ttl = ttl;
	}

	public @Nullable DataSize getReceiveBufferSize() {
		return this.receiveBufferSize;
	}

	public void setReceiveBufferSize(@Nullable DataSize receiveBufferSize) {
		this.receiveBufferSize = receiveBufferSize;
	}

	public @Nullable DataSize getMaxDatagramSize() {
		return this.maxDatagramSize;
	}

	public void setMaxDatagramSize(@Nullable DataSize maxDatagramSize) {
		this.maxDatagramSize = maxDatagramSize;
	}

	public Multicast getMulticast() {
		return this.multicast;
	}

	public Connect getConnect() {
		return this.connect;
	}

	/**
	 * Rejects the values that make no UDP socket, so that Spring Boot's report names the
	 * property before any socket is created.
	 * @param path the path of these properties below {@code sockwork.}, such as
	 * {@code udp.sockets[metrics].}
	 * @param errors where to reject values
	 */
	public void validate(String path, Errors errors) {
		PropertyChecks.port(path, getPort(), errors);
		validateDispatch(path, errors);
		PropertyChecks.ttl(path + "ttl", this.ttl, errors);
		PropertyChecks.peerPort(path + "connect.", this.connect.getPort(), errors);
		PropertyChecks.ttl(path + "multicast.ttl", this.multicast.getTtl(), errors);
		if (this.receiveBufferSize != null && this.receiveBufferSize.toBytes() < 1) {
			errors.rejectValue(path + "receiveBufferSize", "positive", "must be positive");
		}
		if (this.maxDatagramSize != null && (this.maxDatagramSize.toBytes() < 1
				|| this.maxDatagramSize.toBytes() > UdpOptions.MAX_DATAGRAM_SIZE)) {
			errors.rejectValue(path + "maxDatagramSize", "range",
					"must be between 1 and " + UdpOptions.MAX_DATAGRAM_SIZE + " bytes");
		}
	}

	/**
	 * Multicast settings of a UDP socket.
	 */
	public static class Multicast {

		/**
		 * Multicast groups to join, as IP literals such as 239.1.2.3; replaces the
		 * annotation's groups when set.
		 */
		private @Nullable List<String> groups;

		/**
		 * Only source to receive the groups' datagrams from (source-specific membership),
		 * as an IP literal.
		 */
		private @Nullable String source;

		/**
		 * Interface that joins the groups and sends multicast datagrams, as a name such
		 * as lo or one of its addresses.
		 */
		@Name("interface")
		private @Nullable String networkInterface;

		/**
		 * Time-to-live of multicast datagrams sent, from 0 to 255.
		 */
		private @Nullable Integer ttl;

		/**
		 * Whether multicast datagrams sent are looped back to sockets of this host.
		 */
		private @Nullable Boolean loopback;

		public @Nullable List<String> getGroups() {
			return this.groups;
		}

		public void setGroups(@Nullable List<String> groups) {
			this.groups = (groups != null) ? new ArrayList<>(groups) : null;
		}

		public @Nullable String getSource() {
			return this.source;
		}

		public void setSource(@Nullable String source) {
			this.source = source;
		}

		public @Nullable String getNetworkInterface() {
			return this.networkInterface;
		}

		public void setNetworkInterface(@Nullable String networkInterface) {
			this.networkInterface = networkInterface;
		}

		public @Nullable Integer getTtl() {
			return this.ttl;
		}

		public void setTtl(@Nullable Integer ttl) {
			this.ttl = ttl;
		}

		public @Nullable Boolean getLoopback() {
			return this.loopback;
		}

		public void setLoopback(@Nullable Boolean loopback) {
			this.loopback = loopback;
		}

	}

	/**
	 * The peer of a connected UDP socket.
	 */
	public static class Connect {

		/**
		 * Host of the peer: its address, or a name resolved once at start-up.
		 */
		private @Nullable String host;

		/**
		 * Port of the peer.
		 */
		private @Nullable Integer port;

		public @Nullable String getHost() {
			return this.host;
		}

		public void setHost(@Nullable String host) {
			this.host = host;
		}

		public @Nullable Integer getPort() {
			return this.port;
		}

		public void setPort(@Nullable Integer port) {
			this.port = port;
		}

	}

}
