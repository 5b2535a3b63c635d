package io.sockwork.boot.actuate;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import io.sockwork.boot.actuate.SocketsEndpoint.SocketDescriptor;
import io.sockwork.boot.actuate.SocketsEndpoint.TcpClientDescriptor;
import io.sockwork.boot.actuate.SocketsEndpoint.TcpCounts;
import io.sockwork.boot.actuate.SocketsEndpoint.TcpListenerDescriptor;
import io.sockwork.boot.actuate.SocketsEndpoint.UdpCounts;
import io.sockwork.boot.actuate.SocketsEndpoint.UdpSocketDescriptor;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.core.ReadyState;
import io.sockwork.core.SocketEvent;
import io.sockwork.core.SocketStats;
import io.sockwork.core.TcpServer;
import io.sockwork.core.TcpSocket;
import io.sockwork.core.UdpChannel;
import io.sockwork.core.UdpStats;
import org.jspecify.annotations.Nullable;

/**
 * Describes the declared listeners and UDP sockets of a {@link SocketRegistry}: address,
 * state and counts, never a payload, key or password.
 */
final class SocketDescriber {

	static final String TCP = "tcp";

	static final String UDP = "udp";

	/** The state of a bound socket. */
	static final String LISTENING = "listening";

	/** The state of a declared socket that is not bound. */
	static final String STOPPED = "stopped";

	/** The state of a client with an open connection. */
	static final String CONNECTED = "connected";

	/** The state of a running client without a connection: it keeps trying. */
	static final String CONNECTING = "connecting";

	private final SocketRegistry registry;

	SocketDescriber(SocketRegistry registry) {
		this.registry = registry;
	}

	List<SocketDescriptor> describe(Predicate<String> names) {
		List<SocketDescriptor> sockets = new ArrayList<>();
		Set<String> listeners = new LinkedHashSet<>(this.registry.listenerNames());
		listeners.addAll(this.registry.servers().keySet());
		listeners.stream().filter(names).forEach((name) -> sockets.add(describe(name, this.registry.server(name))));
		Set<String> udpSockets = new LinkedHashSet<>(this.registry.udpSocketNames());
		udpSockets.addAll(this.registry.udpSockets().keySet());
		udpSockets.stream().filter(names).forEach((name) -> sockets.add(describe(name, this.registry.udpSocket(name))));
		this.registry.clientNames()
			.stream()
			.filter(names)
			.forEach((name) -> sockets.add(describeClient(name, this.registry.client(name))));
		return sockets;
	}

	private static TcpListenerDescriptor describe(String name, @Nullable TcpServer<?> server) {
		if (server == null) {
			return new TcpListenerDescriptor(name, TCP, null, null, STOPPED, null);
		}
		SocketStats stats = server.stats();
		TcpCounts counts = new TcpCounts(server.connectionCount(), stats.opened(), stats.rejected(),
				stats.bytesReceived(), stats.bytesSent(), server.outboundBufferedBytes(), server.unwritableSockets(),
				stats.writesBackpressured(), stats.drains(), handlerErrors(stats));
		return new TcpListenerDescriptor(name, TCP, SocketAddresses.format(server.hostname(), server.port()),
				server.isTls(), server.isListening() ? LISTENING : STOPPED, counts);
	}

	private TcpClientDescriptor describeClient(String name, @Nullable TcpSocket<?> socket) {
		if (socket == null || socket.readyState() == ReadyState.CLOSED) {
			return new TcpClientDescriptor(name, TCP, null, null, this.registry.isRunning() ? CONNECTING : STOPPED,
					null);
		}
		InetSocketAddress server = socket.remoteAddress();
		return new TcpClientDescriptor(name, TCP, (server != null) ? SocketAddresses.format(server) : null,
				socket.isTls(), CONNECTED, socket.bytesWritten());
	}

	private static long handlerErrors(SocketStats stats) {
		long errors = 0;
		for (SocketEvent event : SocketEvent.values()) {
			errors += stats.handlerErrors(event);
		}
		return errors;
	}

	private static UdpSocketDescriptor describe(String name, @Nullable UdpChannel channel) {
		if (channel == null) {
			return new UdpSocketDescriptor(name, UDP, null, STOPPED, null);
		}
		UdpStats stats = channel.stats();
		UdpCounts counts = new UdpCounts(stats.datagramsReceived(), stats.datagramsSent(), stats.datagramsDropped(),
				stats.bytesReceived(), stats.bytesSent(), stats.sendsBackpressured(), stats.drains(),
				stats.handlerErrors());
		return new UdpSocketDescriptor(name, UDP, SocketAddresses.format(channel.address()),
				channel.isClosed() ? STOPPED : LISTENING, counts);
	}

}
