package io.sockwork.core;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

import io.netty.channel.Channel;
import io.netty.handler.ssl.SslHandler;
import org.jspecify.annotations.Nullable;

/**
 * The TLS side of one TCP socket: its {@link SslHandler}, what the handshake negotiated,
 * and a STARTTLS upgrade waiting for its handshake. A socket without TLS has none. On an
 * SNI listener the handler is {@link #selected} once the client named its server.
 */
final class SocketTls<T> {

	private volatile @Nullable SslHandler handler;

	private final boolean client;

	private final boolean verifiesPeer;

	private final long handshakeStartNanos = System.nanoTime();

	// Touched on the event loop only.
	private @Nullable CompletableFuture<TcpSocket<T>> upgrade;

	SocketTls(@Nullable SslHandler handler, boolean client, boolean verifiesPeer) {
		this.handler = handler;
		this.client = client;
		this.verifiesPeer = verifiesPeer;
	}

	/**
	 * Starts TLS on an open plaintext connection (STARTTLS); the caller puts the handler
	 * in front of the pipeline.
	 * @param channel the connection
	 * @param options the TLS options
	 * @param client whether this side connected
	 * @param peer the peer's address, which a client verifies and names in SNI
	 * @param upgrade completed once the handshake is done
	 * @return the TLS side of the socket
	 */
	static <T> SocketTls<T> upgrade(Channel channel, TlsOptions options, boolean client,
			@Nullable InetSocketAddress peer, CompletableFuture<TcpSocket<T>> upgrade) {
		SslHandler handler = (client && peer != null) ? TlsHandlers.client(TlsContexts.client(options), options,
				channel, peer.getHostString(), peer.getPort())
				: TlsHandlers.server(TlsContexts.server(options), options, channel);
		SocketTls<T> tls = new SocketTls<>(handler, client, client && options.verifyPeer());
		tls.upgrade = upgrade;
		return tls;
	}

	/**
	 * The handler of a socket that had it from the start (all but an SNI listener's).
	 */
	SslHandler handler() {
		return Objects.requireNonNull(this.handler);
	}

	/**
	 * Sets the handler an SNI listener chose for the server name the client asked for.
	 */
	void selected(SslHandler handler) {
		this.handler = handler;
	}

	/**
	 * How long the handshake took, from the moment TLS was put in front of the socket.
	 */
	long handshakeNanos() {
		return System.nanoTime() - this.handshakeStartNanos;
	}

	/**
	 * Takes the STARTTLS upgrade that waits for the handshake, if any.
	 */
	@Nullable CompletableFuture<TcpSocket<T>> takeUpgrade() {
		CompletableFuture<TcpSocket<T>> pending = this.upgrade;
		this.upgrade = null;
		return pending;
	}

	/**
	 * Exports RFC 5705 keying material through the JDK 25 API, called reflectively so
	 * that the code compiles for Java 17.
	 */
	byte[] exportKeyingMaterial(int length, String label, byte @Nullable [] context) {
		if (length < 1) {
			throw new IllegalArgumentException("'length' must be positive, was " + length);
		}
		SslHandler handler = this.handler;
		if (handler == null || !handler.handshakeFuture().isSuccess()) {
			throw new IllegalStateException("Keying material needs a completed TLS handshake");
		}
		SSLSession session = handler.engine().getSession();
		String provider = TlsContexts.provider().name();
		Method export = exportMethod(session);
		if (export == null) {
			throw new UnsupportedOperationException("Exporting keying material needs the JDK's TLS provider on Java 25+"
					+ " (ExtendedSSLSession.exportKeyingMaterialData); this is Java " + Runtime.version().feature()
					+ " with the " + provider + " provider");
		}
		try {
			return (byte[]) export.invoke(session, label, context, length);
		}
		catch (InvocationTargetException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof UnsupportedOperationException) {
				throw new UnsupportedOperationException("The " + provider
						+ " TLS provider cannot export keying material"
						+ " (netty-tcnative does not expose it): remove netty-tcnative to use the JDK's provider,"
						+ " which can from Java 25 on", cause);
			}
			throw new IllegalStateException("Could not export keying material: " + cause, cause);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException("Could not export keying material", ex);
		}
	}

	private static @Nullable Method exportMethod(SSLSession session) {
		if (!(session instanceof ExtendedSSLSession)) {
			return null;
		}
		try {
			return ExtendedSSLSession.class.getMethod("exportKeyingMaterialData", String.class, byte[].class,
					int.class);
		}
		catch (NoSuchMethodException ex) {
			return null;
		}
	}

	/**
	 * What the handshake negotiated, or {@code null} until it succeeded.
	 */
	@Nullable TlsInfo info() {
		SslHandler handler = this.handler;
		if (handler == null || !handler.handshakeFuture().isSuccess()) {
			return null;
		}
		SSLSession session = handler.engine().getSession();
		List<Certificate> peer = peerCertificates(session);
		Certificate[] local = session.getLocalCertificates();
		CertificateException authorizationError = (this.client && !this.verifiesPeer)
				? UnverifiedPeerTrustManager.authorizationError(session) : null;
		boolean authorized = this.client ? authorizationError == null : !peer.isEmpty();
		return new TlsInfo(session.getProtocol(), session.getCipherSuite(), handler.applicationProtocol(), peer,
				(local != null) ? List.of(local) : List.of(), authorized, requestedServerName(session, handler),
				authorizationError);
	}

	private static List<Certificate> peerCertificates(SSLSession session) {
		try {
			return List.of(session.getPeerCertificates());
		}
		catch (SSLPeerUnverifiedException ex) {
			return List.of();
		}
	}

	private @Nullable String requestedServerName(SSLSession session, SslHandler handler) {
		if (session instanceof ExtendedSSLSession extended) {
			for (SNIServerName name : extended.getRequestedServerNames()) {
				if (name instanceof SNIHostName host) {
					return host.getAsciiName();
				}
			}
		}
		return this.client ? handler.engine().getPeerHost() : null;
	}

}
