package io.sockwork.core;

import io.netty.channel.Channel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;

/**
 * The TLS of a server: the context built from its options, and the handlers that put it
 * in front of each accepted connection. A reload replaces the whole object.
 */
final class ServerTls {

	private final TlsOptions options;

	private final SslContext context;

	ServerTls(TlsOptions options) {
		this.options = options;
		this.context = TlsContexts.server(options);
	}

	/**
	 * Puts TLS, behind the renegotiation guard, in front of an accepted connection;
	 * called before the socket joins the pipeline.
	 */
	void install(Channel channel, NettyTcpSocket<?> socket) {
		SslHandler handler = TlsHandlers.server(this.context, this.options, channel);
		socket.secure(handler, false);
		channel.pipeline().addLast(new RenegotiationGuard(handler), handler);
	}

}
