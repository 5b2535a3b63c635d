package io.sockwork.boot.annotation;

/**
 * Where the handler methods of a listener, client or UDP socket run.
 */
public enum Dispatch {

	/** On the socket's event loop, as in Bun: handlers must not block. */
	EVENT_LOOP,

	/**
	 * On an executor: the application's task executor (virtual threads with
	 * {@code spring.threads.virtual.enabled=true}) or the bean that {@code executor}
	 * names. The events of one socket still run one after another, in order; past the
	 * {@code dispatch-queue} high-water mark the socket stops reading (a UDP socket drops
	 * datagrams).
	 */
	EXECUTOR

}
