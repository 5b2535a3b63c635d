package io.sockwork.boot.handler;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

import org.jspecify.annotations.Nullable;

/**
 * One event as a handler method sees it: the socket it happened on and what it carries.
 * The argument resolvers take the method's arguments from it, and a returned value goes
 * back through it.
 */
sealed interface Event {

	/**
	 * The socket of the event.
	 * @return the {@code TcpSocket} or {@code UdpChannel}
	 */
	Object socket();

	/**
	 * An event that carries nothing but its socket: open, drain, end, timeout.
	 *
	 * @param socket the socket
	 */
	record Plain(Object socket) implements Event {
	}

	/**
	 * An event that may carry an error: error, close (its cause, if any) and handshake
	 * (its failure, if any).
	 *
	 * @param socket the socket
	 * @param error the error, or {@code null} for none
	 */
	record Failure(Object socket, @Nullable Throwable error) implements Event {
	}

	/**
	 * An event that carries received bytes.
	 */
	sealed interface Received extends Event {

		/**
		 * The bytes received.
		 * @return a view valid during the call
		 */
		ByteBuffer data();

	}

	/**
	 * Bytes received on a TCP socket.
	 *
	 * @param socket the socket
	 * @param data the bytes, valid during the call
	 */
	record Data(Object socket, ByteBuffer data) implements Received {
	}

	/**
	 * A datagram received on a UDP socket.
	 *
	 * @param socket the channel
	 * @param data the datagram, valid during the call
	 * @param sender its sender, to which a returned value is sent
	 */
	record Datagram(Object socket, ByteBuffer data, InetSocketAddress sender) implements Received {
	}

}
