package io.sockwork.boot.config;

import io.sockwork.core.TcpHandler;
import io.sockwork.core.TcpListenOptions;

/**
 * A TCP listener ready to bind: its name, the method that declared it, its options and
 * its handler set.
 *
 * @param name the listener's name
 * @param source the declaring method, for messages
 * @param options the engine's options
 * @param handler the one handler set of the listener
 */
public record TcpListenerEndpoint(String name, String source, TcpListenOptions options,
		TcpHandler<Object> handler) implements SocketEndpoint {

	/**
	 * The same endpoint with other options.
	 */
	public TcpListenerEndpoint withOptions(TcpListenOptions options) {
		return new TcpListenerEndpoint(this.name, this.source, options, this.handler);
	}

}
