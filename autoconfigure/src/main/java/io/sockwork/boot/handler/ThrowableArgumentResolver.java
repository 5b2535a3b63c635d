package io.sockwork.boot.handler;

import io.sockwork.core.SocketEvent;

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
	public boolean supportsEvent(SocketEvent event) {
		return event == SocketEvent.ERROR || event == SocketEvent.CLOSE || event == SocketEvent.HANDSHAKE;
	}

	@Override
	public @Nullable Object resolveArgument(Event event) {
		return (event instanceof Event.Failure failure) ? failure.error() : null;
	}

}
