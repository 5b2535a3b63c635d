package io.sockwork.core;

/**
 * The I/O transport of a {@link SocketEngine}.
 */
public enum Transport {

	/**
	 * The best transport available: epoll, then io_uring, then NIO (the README's
	 * Transports section gives the measurements behind the order).
	 */
	AUTO,

	/** Java NIO selectors: works everywhere, needs no native library. */
	NIO,

	/** Linux epoll: needs Netty's native epoll artifact for this platform. */
	EPOLL,

	/** Linux io_uring: needs Netty's native io_uring artifact for this platform. */
	IO_URING

}
