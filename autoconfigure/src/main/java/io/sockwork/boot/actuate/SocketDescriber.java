package io.sockwork.boot.actuate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.sockwork.boot.actuate.SocketsEndpoint.SocketDescriptor;
import io.sockwork.boot.actuate.SocketsEndpoint.TcpClientDescriptor;
import io.sockwork.boot.actuate.SocketsEndpoint.TcpCounts;
import io.sockwork.boot.actuate.SocketsEndpoint.TcpListenerDescriptor;
import io.sockwork.boot.actuate.SocketsEndpoint.UdpCounts;
import io.sockwork.boot.actuate.SocketsEndpoint.UdpSocketDescriptor;
import io.sockwork.boot.registry.SocketDescription;
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
 * Describes the declared listeners, UDP sockets and clients of a {@link SocketRegistry},
 * read live: address, state and counts, never a payload, key or password.
 */
final class SocketDescriber {

	private final SocketRegistry registry;

	SocketDescriber(SocketRegistry registry) {
		this.registry = registry;
	}

	List<SocketDescriptor> describe(Predicate<String> names) {
		List<SocketDescriptor> sockets = new ArrayList<>();
		for (SocketDescription socket : this.registry.describe()) {
			if (names.test(socket.name())) {
				sockets.add(describe(socket));
			}
		}
		return sockets;
	}

	private SocketDescriptor describe(SocketDescription socket) {
		String name = socket.name();
		String transport = socket.kind().transport();
		String state = socket.state().value();
		return switch (socket.kind()) {
			case LISTENER -> new TcpListenerDescriptor(name, transport, socket.address(), socket.tls(), state,
					counts(this.registry.server(name)), socket.failure());
			case UDP_SOCKET -> new UdpSocketDescriptor(name, transport, socket.address(), state,
					counts(this.registry.udpSocket(name)), socket.failure());
			case CLIENT -> new TcpClientDescriptor(name, transport, socket.address(), socket.tls(), state,
					bytesWritten(this.registry.client(name)));
		};
	}

	private static @Nullable TcpCounts counts(@Nullable TcpServer<?> server) {
		if (server == null) {
			return null;
		}
		SocketStats stats = server.stats();
		return new TcpCounts(server.connectionCount(), stats.opened(), stats.rejected(), stats.proxyHeadersRejected(),
				stats.bytesReceived(), stats.bytesSent(), server.outboundBufferedBytes(), server.unwritableSockets(),
				stats.writesBackpressured(), stats.drains(), handlerErrors(stats));
	}

	private static @Nullable Long bytesWritten(@Nullable TcpSocket<?> socket) {
		return (socket != null && socket.readyState() != ReadyState.CLOSED) ? socket.bytesWritten() : null;
	}

	private static long handlerErrors(SocketStats stats) {
		long errors = 0;
		for (SocketEvent event : SocketEvent.values()) {
			errors += stats.handlerErrors(event);
		}
		return errors;
	}

	private static @Nullable UdpCounts counts(@Nullable UdpChannel channel) {
		if (channel == null) {
			return null;
		}
		UdpStats stats = channel.stats();
		return new UdpCounts(stats.datagramsReceived(), stats.datagramsSent(), stats.datagramsDropped(),
				stats.bytesReceived(), stats.bytesSent(), stats.sendsBackpressured(), stats.drains(),
				stats.handlerErrors());
	}

}
