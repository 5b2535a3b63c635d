package io.sockwork.core;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The scope of one client connection: its own counters and its connect options.
 */
record ClientSocketScope<T>(SocketStats stats, NettyTransport transport,
		TcpConnectOptions options) implements SocketScope<T> {

	@Override
	public @Nullable TcpServer<T> listener() {
		return null;
	}

	@Override
	public TcpSocketOptions socketOptions() {
		return this.options.socket();
	}

	@Override
	public @Nullable Duration idleTimeout() {
		return this.options.idleTimeout();
	}

}
