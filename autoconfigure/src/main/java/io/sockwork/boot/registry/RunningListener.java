package io.sockwork.boot.registry;

import io.sockwork.boot.config.TcpListenerEndpoint;

import io.sockwork.core.TcpServer;

/**
 * A listener that is bound: the endpoint it runs as (its options are the server's) and
 * its server.
 *
 * @param endpoint the endpoint, whose options the server has
 * @param server the running server
 */
record RunningListener(TcpListenerEndpoint endpoint, TcpServer<Object> server) {

}
