package io.sockwork.core;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

import org.slf4j.LoggerFactory;

/**
 * The handler set of a UDP socket, as in Bun: every method has a no-op default and runs
 * on the socket's event loop, so it must not block. An exception thrown by {@link #data}
 * or {@link #drain} reaches {@link #error}; no error ever closes the socket.
 */
public interface UdpHandler {

	/**
	 * A datagram arrived.
	 * @param channel the socket
	 * @param datagram a read-only view of the whole datagram, valid only during this
	 * call: copy what you keep
	 * @param sender the sender's address and port
	 */
	default void data(UdpChannel channel, ByteBuffer datagram, InetSocketAddress sender) {
	}

	/**
	 * The outbound buffer fell under its low-water mark after a send was refused: send
	 * more.
	 * @param channel the socket
	 */
	default void drain(UdpChannel channel) {
	}

	/**
	 * A handler method threw, a send failed (for example an ICMP port-unreachable on a
	 * connected socket), or a datagram was dropped. The socket stays open. Without an
	 * override the error is logged: a handler failure as a warning, a failed send or a
	 * dropped datagram (a peer's doing) in one rate-limited line with the stack trace at
	 * debug level only.
	 * @param channel the socket
	 * @param error the error
	 */
	default void error(UdpChannel channel, Throwable error) {
		if (error instanceof UdpSocketException || error instanceof IOException) {
			PeerFailureLog.info("Datagram failed", channel, error);
		}
		else {
			LoggerFactory.getLogger(UdpHandler.class).warn("Unhandled error on {}", channel, error);
		}
	}

}
