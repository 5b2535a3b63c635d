package io.sockwork.boot.handler;

import java.nio.ByteBuffer;

import io.sockwork.core.TcpSocket;
import io.sockwork.core.UdpChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the bytes a handler method returned: written to a TCP socket, or sent to the
 * sender of a datagram. What backpressure cuts short is reported, not queued: handlers
 * that care send themselves and use {@code drain}.
 */
enum Replier {

	/** Writes to the {@code TcpSocket}. */
	TCP {

		@Override
		void reply(Event event, ByteBuffer data) {
			TcpSocket<?> tcp = (TcpSocket<?>) event.socket();
			int length = data.remaining();
			int accepted = tcp.write(data);
			if (accepted >= 0 && accepted < length) {
				logger.warn("Only {} of the {} bytes returned by a handler of {} were written (backpressure); "
						+ "write from the handler and resume on drain to keep the rest", accepted, length, tcp);
			}
		}

	},

	/**
	 * Writes one frame to the {@code TcpSocket} of a framed listener: whole, or not at
	 * all under backpressure.
	 */
	TCP_FRAME {

		@Override
		void reply(Event event, ByteBuffer data) {
			int length = data.remaining();
			if (((TcpSocket<?>) event.socket()).writeFrame(data) == 0 && length > 0) {
				logger.warn("The frame of {} bytes returned by a handler of {} was not written (backpressure); "
						+ "write from the handler and resume on drain to keep it", length, event.socket());
			}
		}

	},

	/**
	 * Sends a datagram from the {@code UdpChannel} to the sender of the datagram being
	 * handled.
	 */
	UDP {

		@Override
		void reply(Event event, ByteBuffer data) {
			if (!(event instanceof Event.Datagram datagram)) {
				throw new IllegalStateException("No sender to reply to on " + event.socket());
			}
			UdpChannel channel = (UdpChannel) datagram.socket();
			if (!channel.send(data, datagram.sender())) {
				logger.warn("The datagram returned by a handler of {} for {} was not sent (backpressure); send from "
						+ "the handler and resume on drain to keep it", channel, datagram.sender());
			}
		}

	};

	private static final Logger logger = LoggerFactory.getLogger(Replier.class);

	/**
	 * Sends the bytes.
	 * @param event the event being handled: its socket, and for UDP its sender
	 * @param data the bytes
	 */
	abstract void reply(Event event, ByteBuffer data);

}
