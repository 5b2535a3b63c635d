package io.sockwork.boot.listener;

import java.nio.ByteBuffer;

import io.sockwork.core.TcpSocket;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;

/**
 * Resolves one parameter of a handler method. Chosen once per parameter at start-up, so that an event only calls
 * {@link #resolveArgument}.
 */
interface HandlerArgumentResolver {

	/**
	 * Whether this resolver provides the parameter for the event.
	 */
	boolean supportsParameter(MethodParameter parameter, TcpEvent event);

	/**
	 * The argument for one event.
	 * @param socket the socket
	 * @param data the received bytes ({@code data} events only), valid during the call
	 * @param error the error ({@code error} and {@code close} events only)
	 */
	@Nullable Object resolveArgument(TcpSocket<?> socket, @Nullable ByteBuffer data, @Nullable Throwable error);

}
