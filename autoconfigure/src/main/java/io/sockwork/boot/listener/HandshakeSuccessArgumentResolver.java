package io.sockwork.boot.listener;

import java.nio.ByteBuffer;

import io.sockwork.core.TcpSocket;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;

/**
 * Provides whether the TLS handshake succeeded to a {@code boolean} parameter of {@code handshake} handlers: the
 * engine reports a failure always with its cause, so success is the absence of an error.
 */
final class HandshakeSuccessArgumentResolver implements HandlerArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter, TcpEvent event) {
		Class<?> type = parameter.getParameterType();
		return event == TcpEvent.HANDSHAKE && (type == boolean.class || type == Boolean.class);
	}

	@Override
	public Object resolveArgument(TcpSocket<?> socket, @Nullable ByteBuffer data, @Nullable Throwable error) {
		return error == null;
	}

}
