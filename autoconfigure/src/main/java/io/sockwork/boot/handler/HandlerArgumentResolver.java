package io.sockwork.boot.handler;

import io.sockwork.core.SocketEvent;

import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;

/**
 * Resolves one parameter of a handler method. Chosen once per parameter at start-up, so
 * that an event only calls {@link #resolveArgument}.
 */
interface HandlerArgumentResolver {

	/**
	 * The parameter type this resolver provides.
	 */
	Class<?> parameterType();

	/**
	 * Whether this resolver provides its type to the handlers of the event.
	 */
	boolean supportsEvent(SocketEvent event);

	/**
	 * Whether this resolver provides the parameter for the event.
	 */
	default boolean supportsParameter(MethodParameter parameter, SocketEvent event) {
		return parameter.getParameterType() == parameterType() && supportsEvent(event);
	}

	/**
	 * The argument for one event.
	 * @param event the event, of a kind {@link #supportsEvent} accepted
	 */
	@Nullable Object resolveArgument(Event event);

}
