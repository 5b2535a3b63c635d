package io.sockwork.boot.handler;

import io.sockwork.core.TcpHandler;

/**
 * Wraps the handler set of a TCP listener when it is built, before it binds: for example
 * to time every handler call. Beans of this type are applied in order; the handler they
 * get runs where the listener dispatches (on the event loop or on the executor), so a
 * decorator sees the time spent in the handler methods themselves.
 */
@FunctionalInterface
public interface TcpHandlerDecorator {

	/**
	 * Wraps the handler set of one listener.
	 * @param listenerName the listener's name
	 * @param handler the handler set
	 * @return the handler set to use instead, or {@code handler} itself
	 */
	TcpHandler<Object> decorate(String listenerName, TcpHandler<Object> handler);

}
