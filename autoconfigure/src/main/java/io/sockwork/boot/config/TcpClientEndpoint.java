package io.sockwork.boot.config;

import io.sockwork.core.TcpConnectOptions;
import io.sockwork.core.TcpHandler;

/**
 * A TCP client ready to connect: its name, the method that declared it, its options,
 * backoff and handler set.
 *
 * @param name the client's name
 * @param source the declaring method, for messages
 * @param options the engine's options
 * @param backoff how long to wait before connecting again
 * @param handler the handler set of the client's sockets
 */
public record TcpClientEndpoint(String name, String source, TcpConnectOptions options, ReconnectBackoff backoff,
		TcpHandler<Object> handler) {

}
