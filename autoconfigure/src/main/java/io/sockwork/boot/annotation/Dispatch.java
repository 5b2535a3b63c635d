package io.sockwork.boot.annotation;

/**
 * Where the handler methods of a listener run.
 */
public enum Dispatch {

	/** On the socket's event loop, as in Bun: handlers must not block. */
	EVENT_LOOP,

	/**
	 * On the application's task executor (virtual threads with
	 * {@code spring.threads.virtual.enabled=true}); the events of one socket still run
	 * one after another, in order.
	 */
	EXECUTOR

}
