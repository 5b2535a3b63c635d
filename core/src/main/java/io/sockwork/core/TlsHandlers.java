package io.sockwork.core;

import io.netty.channel.Channel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import org.jspecify.annotations.Nullable;

/**
 * Creates the {@link SslHandler} of one connection, with the handshake timeout of its
 * options: a client's names the server it verifies and sends as SNI.
 */
final class TlsHandlers {

	private TlsHandlers() {
	}

	static SslHandler server(SslContext context, TlsOptions options, Channel channel) {
		return withTimeout(context.newHandler(channel.alloc()), options);
	}

	static SslHandler client(SslContext context, TlsOptions options, Channel channel, @Nullable String host, int port) {
		String peerHost = (options.serverName() != null) ? options.serverName() : host;
		return withTimeout(context.newHandler(channel.alloc(), peerHost, port), options);
	}

	private static SslHandler withTimeout(SslHandler handler, TlsOptions options) {
		handler.setHandshakeTimeoutMillis(options.handshakeTimeout().toMillis());
		return handler;
	}

}
