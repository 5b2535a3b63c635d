package io.sockwork.boot.handler;

import io.sockwork.core.SocketEvent;
import io.sockwork.core.TcpSocket;
import io.sockwork.core.TlsInfo;
import org.jspecify.annotations.Nullable;

/**
 * Provides what TLS negotiated to a {@link TlsInfo} parameter of {@code handshake} and
 * {@code open} handlers: the protocol, the certificates, and whether the server is
 * authorized and why not (Bun's {@code authorized} and {@code getAuthorizationError()}),
 * or {@code null} for a plain socket or a failed handshake.
 */
final class TlsInfoArgumentResolver implements HandlerArgumentResolver {

	@Override
	public Class<?> parameterType() {
		return TlsInfo.class;
	}

	@Override
	public boolean supportsEvent(SocketEvent event) {
		return event == SocketEvent.HANDSHAKE || event == SocketEvent.OPEN;
	}

	@Override
	public @Nullable Object resolveArgument(Event event) {
		return ((TcpSocket<?>) event.socket()).tls();
	}

}
