package io.sockwork.boot.listener;

import java.nio.ByteBuffer;

import io.sockwork.core.TcpSocket;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;

/**
 * Provides the {@link TcpSocket} to every event.
 */
final class SocketArgumentResolver implements HandlerArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter, TcpEvent event) {
		return parameter.getParameterType() == TcpSocket.class;
	}

	@Override
	public Object resolveArgument(TcpSocket<?> socket, @Nullable ByteBuffer data, @Nullable Throwable error) {
		return socket;
	}

}
