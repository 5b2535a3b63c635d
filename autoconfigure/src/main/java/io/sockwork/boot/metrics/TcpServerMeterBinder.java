package io.sockwork.boot.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.sockwork.boot.metrics.SockworkMeters.SocketKeyNames;
import io.sockwork.core.SocketEvent;
import io.sockwork.core.SocketStats;
import io.sockwork.core.TcpServer;

/**
 * Registers the meters of one TCP server.
 */
final class TcpServerMeterBinder {

	static final String TRANSPORT = "tcp";

	private TcpServerMeterBinder() {
	}

	static SocketMeters bind(MeterRegistry registry, String name, TcpServer<?> server) {
		SocketMeters meters = new SocketMeters(registry, name, TRANSPORT);
		SocketStats stats = server.stats();
		meters.gauge(SockworkMeters.CONNECTIONS_ACTIVE, server, TcpServer::connectionCount);
		meters.counter(SockworkMeters.CONNECTIONS_OPENED, stats, SocketStats::opened);
		meters.counter(SockworkMeters.CONNECTIONS_REJECTED, stats, SocketStats::rejected,
				Tag.of(SocketKeyNames.REASON.asString(), "max-connections"));
		meters.counter(SockworkMeters.CONNECTIONS_REJECTED, stats, SocketStats::proxyHeadersRejected,
				Tag.of(SocketKeyNames.REASON.asString(), "proxy-header"));
		meters.counter(SockworkMeters.BYTES_RECEIVED, stats, SocketStats::bytesReceived);
		meters.counter(SockworkMeters.BYTES_SENT, stats, SocketStats::bytesSent);
		meters.counter(SockworkMeters.WRITES_BACKPRESSURED, stats, SocketStats::writesBackpressured);
		meters.counter(SockworkMeters.DRAINS, stats, SocketStats::drains);
		meters.counter(SockworkMeters.BROADCASTS_SKIPPED, stats, SocketStats::broadcastsSkipped);
		meters.timer(SockworkMeters.DRAIN_WAIT, stats, SocketStats::drains, SocketStats::drainWaitNanos);
		meters.gauge(SockworkMeters.OUTBOUND_BUFFERED, server, TcpServer::outboundBufferedBytes);
		meters.gauge(SockworkMeters.SOCKETS_UNWRITABLE, server, TcpServer::unwritableSockets);
		for (SocketEvent event : SocketEvent.values()) {
			// A server's sockets never fail to connect: that event belongs to clients.
			if (event != SocketEvent.CONNECT_ERROR) {
				meters.counter(SockworkMeters.HANDLER_ERRORS, stats, (s) -> s.handlerErrors(event),
						Tag.of(SocketKeyNames.EVENT.asString(), SocketMeters.tagValue(event)));
			}
		}
		if (server.isTls()) {
			handshakes(meters, stats, true, "success");
			handshakes(meters, stats, false, "failure");
		}
		return meters;
	}

	private static void handshakes(SocketMeters meters, SocketStats stats, boolean success, String outcome) {
		meters.timer(SockworkMeters.TLS_HANDSHAKES, stats, (s) -> s.handshakes(success),
				(s) -> s.handshakeNanos(success), Tag.of(SocketKeyNames.OUTCOME.asString(), outcome));
	}

}
