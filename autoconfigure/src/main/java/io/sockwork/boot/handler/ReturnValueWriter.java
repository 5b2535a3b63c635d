package io.sockwork.boot.handler;

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
	ReturnValueWriter NONE = (event, value) -> {
	};

	/**
	 * Sends a non-null return value.
	 * @param event the event being handled
	 * @param value the return value
	 */
	void write(Event event, Object value);

	/**
	 * The writer for a return type, or {@code null} when the type cannot be sent.
	 */
	static @Nullable ReturnValueWriter forType(Class<?> type, Charset charset, Replier replier) {
		if (type == void.class || type == Void.class) {
			return NONE;
		}
		if (type == byte[].class) {
			return (event, value) -> replier.reply(event, ByteBuffer.wrap((byte[]) value));
		}
		if (ByteBuffer.class.isAssignableFrom(type)) {
			return (event, value) -> replier.reply(event, (ByteBuffer) value);
		}
		if (CharSequence.class.isAssignableFrom(type)) {
			return (event, value) -> replier.reply(event, ByteBuffer.wrap(value.toString().getBytes(charset)));
		}
		return null;
	}

}
