package io.sockwork.boot.handler;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;

import org.jspecify.annotations.Nullable;

/**
 * Sends what a handler method returned back through a {@link Replier}: to the TCP socket,
 * or to the sender of a datagram. Chosen once per method at start-up from its return
 * type.
 */
@FunctionalInterface
interface ReturnValueWriter {

	/** Writes nothing: for {@code void} methods. */
	ReturnValueWriter NONE = (socket, sender, value) -> {
	};

	/**
	 * Sends a non-null return value.
	 * @param socket the {@code TcpSocket} or {@code UdpChannel}
	 * @param sender the sender of the datagram being handled, {@code null} for TCP
	 * @param value the return value
	 */
	void write(Object socket, @Nullable InetSocketAddress sender, Object value);

	/**
	 * The writer for a return type, or {@code null} when the type cannot be sent.
	 */
	static @Nullable ReturnValueWriter forType(Class<?> type, Charset charset, Replier replier) {
		if (type == void.class || type == Void.class) {
			return NONE;
		}
		if (type == byte[].class) {
			return (socket, sender, value) -> replier.reply(socket, sender, ByteBuffer.wrap((byte[]) value));
		}
		if (ByteBuffer.class.isAssignableFrom(type)) {
			return (socket, sender, value) -> replier.reply(socket, sender, (ByteBuffer) value);
		}
		if (CharSequence.class.isAssignableFrom(type)) {
			return (socket, sender, value) -> replier.reply(socket, sender,
					ByteBuffer.wrap(value.toString().getBytes(charset)));
		}
		return null;
	}

}
