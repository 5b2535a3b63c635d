package io.sockwork.boot.listener;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;

import io.sockwork.core.TcpSocket;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what a handler method returned back to its socket. Chosen once per method at start-up from its return
 * type.
 */
@FunctionalInterface
interface ReturnValueWriter {

	/** Writes nothing: for {@code void} methods. */
	ReturnValueWriter NONE = (socket, value) -> {
	};

	/**
	 * Writes a non-null return value.
	 */
	void write(TcpSocket<?> socket, Object value);

	/**
	 * The writer for a return type, or {@code null} when the type cannot be written.
	 */
	static @Nullable ReturnValueWriter forType(Class<?> type, Charset charset) {
		if (type == void.class || type == Void.class) {
			return NONE;
		}
		if (type == byte[].class) {
			return (socket, value) -> ShortWrites.check(socket, socket.write((byte[]) value), ((byte[]) value).length);
		}
		if (ByteBuffer.class.isAssignableFrom(type)) {
			return (socket, value) -> {
				ByteBuffer buffer = (ByteBuffer) value;
				int length = buffer.remaining();
				ShortWrites.check(socket, socket.write(buffer), length);
			};
		}
		if (CharSequence.class.isAssignableFrom(type)) {
			return (socket, value) -> {
				byte[] bytes = value.toString().getBytes(charset);
				ShortWrites.check(socket, socket.write(bytes), bytes.length);
			};
		}
		return null;
	}

	/**
	 * Reports return values that backpressure cut short: handlers that care write themselves and use
	 * {@code drain}.
	 */
	final class ShortWrites {

		private static final Logger logger = LoggerFactory.getLogger(ReturnValueWriter.class);

		private ShortWrites() {
		}

		static void check(TcpSocket<?> socket, int accepted, int length) {
			if (accepted >= 0 && accepted < length) {
				logger.warn("Only {} of the {} bytes returned by a handler of {} were written (backpressure); "
						+ "write from the handler and resume on drain to keep the rest", accepted, length, socket);
			}
		}

	}

}
