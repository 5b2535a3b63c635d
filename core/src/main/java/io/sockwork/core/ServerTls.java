package io.sockwork.core;

import io.netty.channel.Channel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.DomainWildcardMappingBuilder;
import io.netty.util.Mapping;
import org.jspecify.annotations.Nullable;

/**
 * The TLS of a server: the contexts built from its options (one, or one per SNI name
 * beside the default), and the handlers that put it in front of each accepted connection.
 * A reload replaces the whole object, so that new connections get the new certificates
 * while open ones keep theirs.
 */
final class ServerTls {

	private final TlsOptions options;

	private final SslContext context;

	private final @Nullable Mapping<String, SslContext> sni;

	ServerTls(TlsOptions options) {
		this.options = options;
		this.context = TlsContexts.server(options);
		this.sni = options.sni().isEmpty() ? null : sniContexts(options, this.context);
	}

	private static Mapping<String, SslContext> sniContexts(TlsOptions options, SslContext fallback) {
		DomainWildcardMappingBuilder<SslContext> contexts = new DomainWildcardMappingBuilder<>(fallback);
		options.sni().forEach((name, tls) -> contexts.add(name, TlsContexts.server(tls)));
		return contexts.build();
	}

	/**
	 * Puts TLS, behind the renegotiation guard, in front of an accepted connection;
	 * called before the socket joins the pipeline.
	 */
	void install(Channel channel, NettyTcpSocket<?> socket) {
		Mapping<String, SslContext> sni = this.sni;
		if (sni == null) {
			SslHandler handler = TlsHandlers.server(this.context, this.options, channel);
			socket.secure(handler, false);
			channel.pipeline().addLast(new RenegotiationGuard(handler), handler);
			return;
		}
		SocketTls<?> tls = socket.secure(null, false);
		RenegotiationGuard guard = new RenegotiationGuard(null);
		channel.pipeline()
			.addLast(guard, new SniTlsHandler(sni, this.options.handshakeTimeout().toMillis(), (handler) -> {
				tls.selected(handler);
				guard.follow(handler);
			}));
	}

}
