package io.sockwork.core;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSession;
import javax.net.ssl.X509ExtendedTrustManager;

import org.jspecify.annotations.Nullable;

/**
 * The trust of a client that does not verify the server (Bun's
 * {@code rejectUnauthorized: false}): it accepts every server certificate, but first asks
 * its delegate, which checks the chain and, with the context's endpoint identification,
 * the host name, and records why the delegate refused on the handshake session; the
 * socket's {@link TlsInfo} reports it (Bun's {@code authorized} and
 * {@code getAuthorizationError()}).
 */
final class UnverifiedPeerTrustManager extends X509ExtendedTrustManager {

	private static final String ERROR = UnverifiedPeerTrustManager.class.getName() + ".error";

	private final X509ExtendedTrustManager delegate;

	UnverifiedPeerTrustManager(X509ExtendedTrustManager delegate) {
		this.delegate = delegate;
	}

	/**
	 * Why the server's certificate would have been refused in {@code session}.
	 * @return the verification error, or {@code null} when it was verified
	 */
	static @Nullable CertificateException authorizationError(SSLSession session) {
		return (session.getValue(ERROR) instanceof CertificateException error) ? error : null;
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
		try {
			this.delegate.checkServerTrusted(chain, authType, engine);
		}
		catch (CertificateException ex) {
			record(engine.getHandshakeSession(), ex);
		}
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
		// Netty hands TLS engines, never sockets, to trust managers: nothing to record
		// on.
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType) {
		// Without an engine there is no session to record on.
	}

	private static void record(@Nullable SSLSession session, CertificateException error) {
		if (session != null) {
			session.putValue(ERROR, error);
		}
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
			throws CertificateException {
		this.delegate.checkClientTrusted(chain, authType, engine);
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
			throws CertificateException {
		this.delegate.checkClientTrusted(chain, authType, socket);
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		this.delegate.checkClientTrusted(chain, authType);
	}

	@Override
	public X509Certificate[] getAcceptedIssuers() {
		return this.delegate.getAcceptedIssuers();
	}

}
