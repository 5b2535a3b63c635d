package io.sockwork.boot.handler;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;

import io.sockwork.core.SocketEvent;

import org.jspecify.annotations.Nullable;

/**
 * Provides the received bytes to {@code data} handlers in one representation: the
 * read-only view itself, a copy as {@code byte[]}, or text decoded with the listener's
 * charset. A datagram is received whole, so the payload of a UDP socket is always one
 * complete datagram.
 */
final class PayloadArgumentResolver implements HandlerArgumentResolver {

	private final Class<?> type;

	private final Converter converter;

	private PayloadArgumentResolver(Class<?> type, Converter converter) {
		this.type = type;
		this.converter = converter;
	}

	static PayloadArgumentResolver byteBuffer() {
		return new PayloadArgumentResolver(ByteBuffer.class, (data) -> data);
	}

	static PayloadArgumentResolver bytes() {
		return new PayloadArgumentResolver(byte[].class, PayloadArgumentResolver::copy);
	}

	static PayloadArgumentResolver string(Charset charset) {
		return new PayloadArgumentResolver(String.class, (data) -> new String(copy(data), charset));
	}

	private static byte[] copy(ByteBuffer data) {
		byte[] bytes = new byte[data.remaining()];
		data.get(data.position(), bytes);
		return bytes;
	}

	@Override
	public Class<?> parameterType() {
		return this.type;
	}

	@Override
	public boolean supportsEvent(SocketEvent event) {
		return event == SocketEvent.DATA;
	}

	@Override
	public @Nullable Object resolveArgument(Event event) {
		return (event instanceof Event.Received received) ? this.converter.convert(received.data()) : null;
	}

	@FunctionalInterface
	private interface Converter {

		Object convert(ByteBuffer data);

	}

}
