package io.sockwork.boot.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionException;

import io.sockwork.boot.config.InvalidListenerException;
import io.sockwork.boot.config.ListenerBindException;
import io.sockwork.boot.config.UdpSocketEndpoint;
import io.sockwork.boot.config.UdpSocketSettings.ChannelOptions;
import io.sockwork.core.Addresses;
import io.sockwork.core.SocketBindException;
import io.sockwork.core.SocketEngine;
import io.sockwork.core.UdpChannel;
import io.sockwork.core.UdpOptions;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lifecycle of a UDP socket. A reconcile compares every setting: a new handler,
 * broadcast, TTLs, loopback and multicast groups apply to the running channel (groups no
 * longer wanted are left, new ones joined); a new host or port binds a new channel first;
 * a new buffer size, datagram limit, source, interface or an option set back to the
 * system's default replaces the channel on the same address. The groups left at stop are
 * those actually joined.
 */
final class UdpSocketLifecycle extends EndpointLifecycle<UdpSocketEndpoint> {

	private static final Logger logger = LoggerFactory.getLogger(UdpSocketLifecycle.class);

	private volatile @Nullable Bound bound;

	UdpSocketLifecycle(SocketEngine engine, UdpSocketEndpoint endpoint) {
		super(engine, SocketKind.UDP_SOCKET, UdpSocketEndpoint.class, endpoint);
	}

	/**
	 * The running channel.
	 * @return the channel, or {@code null} when not bound
	 */
	@Nullable UdpChannel channel() {
		Bound current = this.bound;
		return (current != null) ? current.channel : null;
	}

	/**
	 * The multicast groups joined now.
	 */
	List<String> joinedGroups() {
		Bound current = this.bound;
		return (current != null) ? List.copyOf(current.joined) : List.of();
	}

	@Override
	boolean isRunning() {
		return this.bound != null;
	}

	@Override
	void start() {
		this.bound = bind(endpoint(), endpoint().options());
		logBound();
	}

	private void logBound() {
		Bound current = Objects.requireNonNull(this.bound);
		logger.info("UDP socket '{}' bound to {}{}", name(), Addresses.format(current.channel.address()),
				current.joined.isEmpty() ? "" : ", member of " + current.joined);
	}

	/**
	 * Binds and configures a channel for {@code endpoint} with {@code options}.
	 * @throws ListenerBindException if the address cannot be bound
	 * @throws InvalidListenerException if an option or group is refused; the channel is
	 * closed
	 */
	private Bound bind(UdpSocketEndpoint endpoint, UdpOptions options) {
		UdpChannel channel;
		try {
			channel = engine().udpSocket(options, endpoint.handler()).join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof SocketBindException bind) {
				throw new ListenerBindException(endpoint.name(), "UDP", bind);
			}
			throw ex;
		}
		Bound created = new Bound(channel);
		try {
			created.apply(endpoint.channelOptions());
		}
		catch (RuntimeException ex) {
			created.close();
			throw InvalidListenerException.udpSocketSettings(endpoint.name(), endpoint.source(), ex);
		}
		return created;
	}

	@Override
	Reconciled reconcileRunning(UdpSocketEndpoint next) {
		Bound current = Objects.requireNonNull(this.bound);
		UdpOptions from = endpoint().options();
		UdpOptions to = next.options();
		boolean sameAddress = Objects.equals(from.host(), to.host())
				&& (to.port() == 0 || to.port() == current.channel.port());
		if (!sameAddress) {
			Bound rebound = bind(next, to);
			current.close();
			this.bound = rebound;
			endpoint(next);
			logger.info("UDP socket '{}' moved from {} to {}", name(), Addresses.format(current.channel.address()),
					Addresses.format(rebound.channel.address()));
			return Reconciled.MOVED;
		}
		ChannelOptions options = next.channelOptions();
		if (!sameChannel(from, to) || !current.canApplyInPlace(options)) {
			// Same address: the old channel must let go of it before the new one binds.
			int port = current.channel.port();
			current.close();
			try {
				this.bound = bind(next, withPort(to, port));
			}
			catch (RuntimeException ex) {
				this.bound = bind(endpoint(), withPort(from, port));
				logger.warn("UDP socket '{}' keeps its settings on port {}: {}", name(), port, ex.getMessage());
				throw ex;
			}
			endpoint(next);
			logger.info("UDP socket '{}' on port {} has a new channel for its new settings", name(), port);
			return Reconciled.MOVED;
		}
		ChannelOptions previous = endpoint().channelOptions();
		try {
			current.apply(options);
		}
		catch (RuntimeException ex) {
			current.apply(previous);
			throw InvalidListenerException.udpSocketSettings(name(), next.source(), ex);
		}
		current.channel.reload(next.handler());
		endpoint(next);
		logger.info("UDP socket '{}' on {} reloaded{}", name(), Addresses.format(current.channel.address()),
				current.joined.isEmpty() ? "" : ", member of " + current.joined);
		return Reconciled.KEPT;
	}

	/**
	 * Whether two options need no new channel, apart from the address.
	 */
	private static boolean sameChannel(UdpOptions from, UdpOptions to) {
		return Objects.equals(from.connectHost(), to.connectHost()) && from.connectPort() == to.connectPort()
				&& from.receiveBufferSize() == to.receiveBufferSize() && from.maxDatagramSize() == to.maxDatagramSize()
				&& Objects.equals(from.waterMarks(), to.waterMarks());
	}

	private static UdpOptions withPort(UdpOptions options, int port) {
		return new UdpOptions(options.host(), port, options.connectHost(), options.connectPort(),
				options.receiveBufferSize(), options.maxDatagramSize(), options.waterMarks());
	}

	@Override
	void stopNow() {
		Bound current = this.bound;
		this.bound = null;
		if (current != null) {
			logger.info("Stopping UDP socket '{}'", name());
			current.close();
		}
	}

	@Override
	SocketDescription describe() {
		Bound current = this.bound;
		if (current == null) {
			return new SocketDescription(name(), kind(), SocketState.STOPPED, null, null, true, failure());
		}
		return new SocketDescription(name(), kind(),
				current.channel.isClosed() ? SocketState.STOPPED : SocketState.LISTENING,
				Addresses.format(current.channel.address()), false, true, failure());
	}

	/**
	 * A bound channel, the options applied to it and the groups it joined.
	 */
	private static final class Bound {

		private final UdpChannel channel;

		private @Nullable ChannelOptions applied;

		private final List<String> joined = new ArrayList<>();

		Bound(UdpChannel channel) {
			this.channel = channel;
		}

		/**
		 * Whether {@code next} can be applied to this channel.
		 */
		boolean canApplyInPlace(ChannelOptions next) {
			return Objects.requireNonNull(this.applied).canChangeTo(next);
		}

		/**
		 * Sets the options of {@code next} that differ from those applied (all of them
		 * the first time), leaves the groups it no longer names and joins the new ones.
		 * @throws RuntimeException what the channel threw, such as
		 * {@code UdpSocketException} for a failed join
		 */
		void apply(ChannelOptions next) {
			next.apply(this.channel, this.applied);
			this.applied = next;
			for (String group : List.copyOf(this.joined)) {
				if (!next.groups().contains(group)) {
					leave(group);
				}
			}
			for (String group : next.groups()) {
				if (!this.joined.contains(group)) {
					if (next.source() != null) {
						this.channel.addSourceSpecificMembership(next.source(), group, next.networkInterface());
					}
					else {
						this.channel.addMembership(group, next.networkInterface());
					}
					this.joined.add(group);
				}
			}
		}

		/**
		 * Leaves a joined group; a group that cannot be left is logged, as closing the
		 * socket leaves it anyway.
		 */
		private void leave(String group) {
			ChannelOptions current = Objects.requireNonNull(this.applied);
			this.joined.remove(group);
			try {
				if (current.source() != null) {
					this.channel.dropSourceSpecificMembership(current.source(), group, current.networkInterface());
				}
				else {
					this.channel.dropMembership(group, current.networkInterface());
				}
			}
			catch (RuntimeException ex) {
				logger.debug("Could not leave multicast group {} on {}", group, this.channel, ex);
			}
		}

		/**
		 * Leaves the groups joined and closes the channel.
		 */
		void close() {
			List.copyOf(this.joined).forEach(this::leave);
			this.channel.close();
		}

	}

}
