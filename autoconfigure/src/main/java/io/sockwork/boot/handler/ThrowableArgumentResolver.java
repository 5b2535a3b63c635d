package io.sockwork.boot.handler;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

import org.jspecify.annotations.Nullable;

/**
 * Provides the error to {@code error} handlers and the cause (or {@code null}) to
 * {@code close} handlers.
 */
final class ThrowableArgumentResolver implements HandlerArgumentResolver {

	@Override
	public Class<?> parameterType() {
		return Throwable.class;
	}

	@Override
	public boolean supportsEvent(HandlerEvent event) {
		return event == HandlerEvent.ERROR || event == HandlerEvent.CLOSE || event == HandlerEvent.HANDSHAKE
				|| event == HandlerEvent.CONNECT_ERROR;
	}

	@Override
	public @Nullable Object resolveArgument(Object socket, @Nullable ByteBuffer data,
			@Nullable InetSocketAddress sender, @Nullable Throwable error) {
		return error;
	}

}
