package io.sockwork.core;

import java.util.function.Consumer;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.SniHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.Mapping;

/**
 * Netty's {@link SniHandler} for one accepted connection of an SNI listener: reads the
 * server name of the ClientHello, and replaces itself with the {@link SslHandler} of that
 * name's context, which gets the listener's handshake timeout and is handed to the socket
 * and its renegotiation guard. The ClientHello must arrive within the handshake timeout
 * too.
 */
final class SniTlsHandler extends SniHandler {

	private final long handshakeTimeoutMillis;

	private final Consumer<SslHandler> selected;

	SniTlsHandler(Mapping<String, SslContext> contexts, long handshakeTimeoutMillis, Consumer<SslHandler> selected) {
		super(contexts, handshakeTimeoutMillis);
		this.handshakeTimeoutMillis = handshakeTimeoutMillis;
		this.selected = selected;
	}

	@Override
	protected SslHandler newSslHandler(SslContext context, ByteBufAllocator allocator) {
		SslHandler handler = super.newSslHandler(context, allocator);
		handler.setHandshakeTimeoutMillis(this.handshakeTimeoutMillis);
		this.selected.accept(handler);
		return handler;
	}

}
