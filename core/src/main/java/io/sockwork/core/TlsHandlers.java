package io.sockwork.core;

import io.netty.channel.Channel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import org.jspecify.annotations.Nullable;

/**
 * Creates the {@link SslHandler} of one connection: a client's names the server it
 * verifies and sends as SNI.
 */
final class TlsHandlers {

	private TlsHandlers() {
	}

	static SslHandler server(SslContext context, Channel channel) {
		return context.newHandler(channel.alloc());
	}

	static SslHandler client(SslContext context, TlsOptions options, Channel channel, @Nullable String host, int port) {
		String peerHost = (options.serverName() != null) ? options.serverName() : host;
		return context.newHandler(channel.alloc(), peerHost, port);
	}

}
