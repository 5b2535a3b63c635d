package io.sockwork.boot.handler;

import java.net.InetSocketAddress;

import io.sockwork.core.SocketEvent;

import org.jspecify.annotations.Nullable;

/**
 * Provides the sender's address and port to the {@code data} handlers of UDP sockets.
 */
final class SenderArgumentResolver implements HandlerArgumentResolver {

	@Override
	public Class<?> parameterType() {
		return InetSocketAddress.class;
	}

	@Override
	public boolean supportsEvent(SocketEvent event) {
		return event == SocketEvent.DATA;
	}

	@Override
	public @Nullable Object resolveArgument(Event event) {
		return (event instanceof Event.Datagram datagram) ? datagram.sender() : null;
	}

}
