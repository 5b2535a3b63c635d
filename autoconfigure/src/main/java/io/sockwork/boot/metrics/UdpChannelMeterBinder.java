package io.sockwork.boot.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.sockwork.boot.metrics.SockworkMeters.SocketKeyNames;
import io.sockwork.core.UdpChannel;
import io.sockwork.core.UdpStats;

/**
 * Registers the meters of one UDP socket.
 */
final class UdpChannelMeterBinder {

	static final String TRANSPORT = "udp";

	private UdpChannelMeterBinder() {
	}

	static SocketMeters bind(MeterRegistry registry, String name, UdpChannel channel) {
		SocketMeters meters = new SocketMeters(registry, name, TRANSPORT);
		UdpStats stats = channel.stats();
		meters.counter(SockworkMeters.UDP_DATAGRAMS_RECEIVED, stats, UdpStats::datagramsReceived);
		meters.counter(SockworkMeters.UDP_DATAGRAMS_SENT, stats, UdpStats::datagramsSent);
		meters.counter(SockworkMeters.UDP_DATAGRAMS_DROPPED, stats, UdpStats::datagramsDropped);
		meters.counter(SockworkMeters.UDP_SEND_BACKPRESSURED, stats, UdpStats::sendsBackpressured);
		meters.counter(SockworkMeters.BYTES_RECEIVED, stats, UdpStats::bytesReceived);
		meters.counter(SockworkMeters.BYTES_SENT, stats, UdpStats::bytesSent);
		meters.counter(SockworkMeters.DRAINS, stats, UdpStats::drains);
		meters.counter(SockworkMeters.HANDLER_ERRORS, stats, UdpStats::handlerErrors,
				Tag.of(SocketKeyNames.EVENT.asString(), "any"));
		return meters;
	}

}
