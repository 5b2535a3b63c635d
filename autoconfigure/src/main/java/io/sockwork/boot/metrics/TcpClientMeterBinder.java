package io.sockwork.boot.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.sockwork.boot.registry.TcpClientStats;

/**
 * Registers the meters of one TCP client.
 */
final class TcpClientMeterBinder {

	private TcpClientMeterBinder() {
	}

	static SocketMeters bind(MeterRegistry registry, String name, TcpClientStats stats) {
		SocketMeters meters = new SocketMeters(registry, name, TcpServerMeterBinder.TRANSPORT);
		meters.gauge(SockworkMeters.CLIENT_CONNECTED, stats, (s) -> s.isConnected() ? 1 : 0);
		meters.counter(SockworkMeters.CONNECTIONS_OPENED, stats, TcpClientStats::connectionsOpened);
		meters.counter(SockworkMeters.CLIENT_RECONNECTS, stats, TcpClientStats::reconnectAttempts);
		meters.counter(SockworkMeters.BYTES_RECEIVED, stats, TcpClientStats::bytesReceived);
		meters.counter(SockworkMeters.BYTES_SENT, stats, TcpClientStats::bytesSent);
		return meters;
	}

}
