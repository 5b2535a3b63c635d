package io.sockwork.core;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * One datagram for {@link UdpChannel#sendMany}: the payload and where it goes.
 *
 * @param data the payload, sent from its position to its limit and left unchanged
 * @param port the recipient's port, 0 for the peer of a connected socket
 * @param address the recipient's IP literal, or {@code null} for the peer of a connected
 * socket
 */
public record Datagram(ByteBuffer data, int port, @Nullable String address) {

	/**
	 * Validates the datagram.
	 */
	public Datagram {
		if (data == null) {
			throw new IllegalArgumentException("'data' must not be null");
		}
		Ports.check(port);
		if ((address == null) != (port == 0)) {
			throw new IllegalArgumentException("A datagram needs both a port and an address, or neither for the peer"
					+ " of a connected socket, was port " + port + " and address " + address);
		}
	}

	/**
	 * A datagram of bytes.
	 * @param data the payload
	 * @param port the recipient's port
	 * @param address the recipient's IP literal
	 * @return the datagram
	 */
	public static Datagram of(byte[] data, int port, String address) {
		return new Datagram(ByteBuffer.wrap(data), port, address);
	}

	/**
	 * A datagram of UTF-8 text.
	 * @param text the payload
	 * @param port the recipient's port
	 * @param address the recipient's IP literal
	 * @return the datagram
	 */
	public static Datagram of(CharSequence text, int port, String address) {
		return of(text.toString().getBytes(StandardCharsets.UTF_8), port, address);
	}

	/**
	 * A datagram of bytes for the peer of a connected socket.
	 * @param data the payload
	 * @return the datagram
	 */
	public static Datagram toPeer(byte[] data) {
		return new Datagram(ByteBuffer.wrap(data), 0, null);
	}

}
