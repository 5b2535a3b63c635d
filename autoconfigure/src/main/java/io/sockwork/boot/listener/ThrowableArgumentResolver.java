package io.sockwork.boot.listener;

import java.nio.ByteBuffer;

import io.sockwork.core.TcpSocket;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;

/**
 * Provides the error to {@code error} handlers, and the cause (or {@code null}) to {@code close} and
 * {@code handshake} handlers.
 */
final class ThrowableArgumentResolver implements HandlerArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter, TcpEvent event) {
		return parameter.getParameterType() == Throwable.class && (event == TcpEvent.ERROR || event == TcpEvent.CLOSE
				|| event == TcpEvent.HANDSHAKE);
	}

	@Override
	public @Nullable Object resolveArgument(TcpSocket<?> socket, @Nullable ByteBuffer data,
			@Nullable Throwable error) {
		return error;
	}

}
