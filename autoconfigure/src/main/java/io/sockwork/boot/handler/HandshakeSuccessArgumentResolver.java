package io.sockwork.boot.handler;

import io.sockwork.core.SocketEvent;

/**
 * Provides whether the TLS handshake succeeded to a {@code boolean} parameter of
 * {@code handshake} handlers: the engine reports a failure always with its cause, so
 * success is the absence of an error.
 */
final class HandshakeSuccessArgumentResolver implements HandlerArgumentResolver {

	@Override
	public Class<?> parameterType() {
		return boolean.class;
	}

	@Override
	public boolean supportsEvent(SocketEvent event) {
		return event == SocketEvent.HANDSHAKE;
	}

	@Override
	public Object resolveArgument(Event event) {
		return !(event instanceof Event.Failure failure) || failure.error() == null;
	}

}
