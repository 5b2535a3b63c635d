package io.sockwork.sample;

import java.nio.ByteBuffer;

import io.sockwork.boot.annotation.UdpSocket;
import org.springframework.stereotype.Component;

/**
 * Receives the datagrams of the telemetry multicast group and counts them. The group, the
 * interface and the port come from {@code sockwork.udp.sockets.telemetry.*} in
 * {@code application.yml}.
 */
@Component
class TelemetryListener {

	private final TelemetryCounter counter;

	TelemetryListener(TelemetryCounter counter) {
		this.counter = counter;
	}

	@UdpSocket(name = "telemetry")
	void receive(ByteBuffer datagram) {
		this.counter.received(datagram.remaining());
	}

}
