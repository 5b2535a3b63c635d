package io.sockwork.boot.handler;

import io.sockwork.core.SocketEvent;

/**
 * Provides the socket to every event: the {@code TcpSocket} of a listener or the
 * {@code UdpChannel} of a UDP socket.
 */
final class SocketArgumentResolver implements HandlerArgumentResolver {

	private final Class<?> type;

	SocketArgumentResolver(Class<?> type) {
		this.type = type;
	}

	@Override
	public Class<?> parameterType() {
		return this.type;
	}

	@Override
	public boolean supportsEvent(SocketEvent event) {
		return true;
	}

	@Override
	public Object resolveArgument(Event event) {
		return event.socket();
	}

}
