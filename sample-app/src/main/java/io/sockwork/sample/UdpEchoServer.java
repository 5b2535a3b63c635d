package io.sockwork.sample;

import java.nio.ByteBuffer;

import io.sockwork.boot.annotation.UdpSocket;
import org.springframework.stereotype.Component;

/**
 * Sends every datagram back to its sender: the return value of a {@link UdpSocket} method
 * is the reply. Returning the view it was given sends the received datagram itself, with
 * no copy (a {@code byte[]} parameter would copy it twice: in and out).
 */
@Component
class UdpEchoServer {

	@UdpSocket(name = "udp-echo")
	ByteBuffer echo(ByteBuffer datagram) {
		return datagram;
	}

}
