package io.sockwork.core;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * What the sockets of one server, or of one client connection, share: their counters,
 * their transport, their server and its current options. Each socket holds its scope
 * rather than a copy of each, so that an idle connection pays one reference for them; a
 * server's sockets follow its reconfiguration at once.
 */
interface SocketScope<T> {

	/** The counters that the sockets add to. */
	SocketStats stats();

	/** The transport that the sockets' channels run on. */
	NettyTransport transport();

	/** The server that accepted the sockets, {@code null} for a client's. */
	@Nullable TcpServer<T> listener();

	/** The options the sockets follow now. */
	TcpSocketOptions socketOptions();

	/** The idle timeout, {@code null} for none. */
	@Nullable Duration idleTimeout();

}
