package io.sockwork.sample;

import io.sockwork.boot.annotation.UdpSocket;
import org.springframework.stereotype.Component;

/**
 * Sends every datagram back to its sender: the return value of a {@link UdpSocket} method
 * is the reply.
 */
@Component
class UdpEchoServer {

	@UdpSocket(name = "udp-echo")
	byte[] echo(byte[] datagram) {
		return datagram;
	}

}
