package io.sockwork.core;

import java.security.cert.X509CRL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;

import org.jspecify.annotations.Nullable;

/**
 * TLS for a server, a client, or a {@link TcpSocket#upgradeTls STARTTLS} upgrade. Only
 * TLS 1.3 and 1.2 are offered unless other protocols are given; clients verify the
 * server's certificate chain and host name unless {@link #insecureSkipVerification()}
 * says otherwise.
 *
 * @param keyManagers the local key and certificate: required for a server, a client's
 * certificate for mutual TLS
 * @param trustManagers the certificates to trust, or {@code null} for the JDK's default
 * trust store
 * @param clientAuth whether a server asks for client certificates
 * @param protocols the protocols offered, most preferred first
 * @param ciphers the cipher suites offered, or empty for the provider's defaults
 * @param alpn the ALPN protocols offered, most preferred first, or empty for none
 * @param serverName the name a client sends as SNI and verifies the certificate against,
 * or {@code null} for the host it connects to
 * @param verifyPeer whether a client verifies the server's certificate chain and host
 * name
 * @param crls certificate revocation lists (Bun's {@code crl}): a peer certificate that
 * one of them revokes fails verification, on a server checking client certificates and on
 * a client checking the server; each list counts only when its issuer's signature holds
 * @param handshakeTimeout how long a handshake may take before the connection is closed
 * and the handshake counted as failed
 * @param sni a server's TLS by the name a client asks for (SNI, Bun's array of
 * {@code tls} options with their {@code serverName}s): {@code a.example} or a wildcard
 * such as {@code *.b.example}; a client that asks for another name or none gets these
 * options' own key and certificate. Empty for one certificate
 */
public record TlsOptions(@Nullable KeyManagerFactory keyManagers, @Nullable TrustManagerFactory trustManagers,
		TlsClientAuth clientAuth, List<String> protocols, List<String> ciphers, List<String> alpn,
		@Nullable String serverName, boolean verifyPeer, List<X509CRL> crls, Duration handshakeTimeout,
		Map<String, TlsOptions> sni) {

	/** TLS 1.3 and 1.2. */
	public static final List<String> DEFAULT_PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

	/** Ten seconds, Netty's default. */
	public static final Duration DEFAULT_HANDSHAKE_TIMEOUT = Duration.ofSeconds(10);

	/**
	 * Validates the options.
	 */
	public TlsOptions {
		if (clientAuth == null) {
			throw new IllegalArgumentException("'clientAuth' must not be null");
		}
		if (protocols == null || protocols.isEmpty()) {
			throw new IllegalArgumentException("'protocols' must name at least one protocol");
		}
		protocols = List.copyOf(protocols);
		ciphers = (ciphers != null) ? List.copyOf(ciphers) : List.of();
		alpn = (alpn != null) ? List.copyOf(alpn) : List.of();
		crls = (crls != null) ? List.copyOf(crls) : List.of();
		if (handshakeTimeout == null || handshakeTimeout.isNegative() || handshakeTimeout.isZero()) {
			throw new IllegalArgumentException("'handshakeTimeout' must be positive, was " + handshakeTimeout);
		}
		sni = (sni != null) ? Map.copyOf(sni) : Map.of();
		sni.forEach(TlsOptions::checkSniEntry);
	}

	/**
	 * Options without revocation lists, with the default handshake timeout.
	 * @param keyManagers the local key and certificate
	 * @param trustManagers the certificates to trust, or {@code null} for the default
	 * @param clientAuth whether a server asks for client certificates
	 * @param protocols the protocols offered
	 * @param ciphers the cipher suites offered
	 * @param alpn the ALPN protocols offered
	 * @param serverName the SNI name, or {@code null} for the host connected to
	 * @param verifyPeer whether a client verifies the server
	 */
	public TlsOptions(@Nullable KeyManagerFactory keyManagers, @Nullable TrustManagerFactory trustManagers,
			TlsClientAuth clientAuth, List<String> protocols, List<String> ciphers, List<String> alpn,
			@Nullable String serverName, boolean verifyPeer) {
		this(keyManagers, trustManagers, clientAuth, protocols, ciphers, alpn, serverName, verifyPeer, List.of(),
				DEFAULT_HANDSHAKE_TIMEOUT, Map.of());
	}

	/**
	 * Server TLS with the given key and certificate.
	 * @param keyManagers the server's key and certificate chain
	 * @return the options
	 */
	public static TlsOptions server(KeyManagerFactory keyManagers) {
		if (keyManagers == null) {
			throw new IllegalArgumentException("A TLS server needs 'keyManagers' (its key and certificate)");
		}
		return new TlsOptions(keyManagers, null, TlsClientAuth.NONE, DEFAULT_PROTOCOLS, List.of(), List.of(), null,
				true);
	}

	/**
	 * Client TLS with the JDK's default trust and verification on (Bun's
	 * {@code tls: true}).
	 * @return the options
	 */
	public static TlsOptions client() {
		return new TlsOptions(null, null, TlsClientAuth.NONE, DEFAULT_PROTOCOLS, List.of(), List.of(), null, true);
	}

	/**
	 * Returns a copy with the given key and certificate (a client's, for mutual TLS).
	 * @param keyManagers the key managers
	 * @return the new options
	 */
	public TlsOptions withKeyManagers(@Nullable KeyManagerFactory keyManagers) {
		return new TlsOptions(keyManagers, this.trustManagers, this.clientAuth, this.protocols, this.ciphers, this.alpn,
				this.serverName, this.verifyPeer, this.crls, this.handshakeTimeout, this.sni);
	}

	/**
	 * Returns a copy that trusts the given certificates.
	 * @param trustManagers the trust managers, or {@code null} for the JDK's default
	 * @return the new options
	 */
	public TlsOptions withTrustManagers(@Nullable TrustManagerFactory trustManagers) {
		return new TlsOptions(this.keyManagers, trustManagers, this.clientAuth, this.protocols, this.ciphers, this.alpn,
				this.serverName, this.verifyPeer, this.crls, this.handshakeTimeout, this.sni);
	}

	/**
	 * Returns a copy with the given client authentication.
	 * @param clientAuth whether a server asks for client certificates
	 * @return the new options
	 */
	public TlsOptions withClientAuth(TlsClientAuth clientAuth) {
		return new TlsOptions(this.keyManagers, this.trustManagers, clientAuth, this.protocols, this.ciphers, this.alpn,
				this.serverName, this.verifyPeer, this.crls, this.handshakeTimeout, this.sni);
	}

	/**
	 * Returns a copy offering the given protocols.
	 * @param protocols the protocols, such as {@code TLSv1.3}
	 * @return the new options
	 */
	public TlsOptions withProtocols(List<String> protocols) {
		return new TlsOptions(this.keyManagers, this.trustManagers, this.clientAuth, protocols, this.ciphers, this.alpn,
				this.serverName, this.verifyPeer, this.crls, this.handshakeTimeout, this.sni);
	}

	/**
	 * Returns a copy offering the given cipher suites.
	 * @param ciphers the cipher suites, or empty for the defaults
	 * @return the new options
	 */
	public TlsOptions withCiphers(List<String> ciphers) {
		return new TlsOptions(this.keyManagers, this.trustManagers, this.clientAuth, this.protocols, ciphers, this.alpn,
				this.serverName, this.verifyPeer, this.crls, this.handshakeTimeout, this.sni);
	}

	/**
	 * Returns a copy offering the given ALPN protocols.
	 * @param alpn the protocols, most preferred first
	 * @return the new options
	 */
	public TlsOptions withAlpn(List<String> alpn) {
		return new TlsOptions(this.keyManagers, this.trustManagers, this.clientAuth, this.protocols, this.ciphers, alpn,
				this.serverName, this.verifyPeer, this.crls, this.handshakeTimeout, this.sni);
	}

	/**
	 * Returns a copy that sends and verifies the given server name.
	 * @param serverName the SNI name, or {@code null} for the host connected to
	 * @return the new options
	 */
	public TlsOptions withServerName(@Nullable String serverName) {
		return new TlsOptions(this.keyManagers, this.trustManagers, this.clientAuth, this.protocols, this.ciphers,
				this.alpn, serverName, this.verifyPeer, this.crls, this.handshakeTimeout, this.sni);
	}

	/**
	 * Returns a copy that accepts ANY server certificate and host name (Bun's
	 * {@code rejectUnauthorized: false}); the socket's {@link TlsInfo#authorized()} and
	 * {@link TlsInfo#authorizationError()} still say whether and why the server would
	 * have failed verification. Insecure: for tests against throw-away certificates only,
	 * never in production.
	 * @return the new options
	 */
	public TlsOptions insecureSkipVerification() {
		return new TlsOptions(this.keyManagers, this.trustManagers, this.clientAuth, this.protocols, this.ciphers,
				this.alpn, this.serverName, false, this.crls, this.handshakeTimeout, this.sni);
	}

	/**
	 * Returns a copy that checks peer certificates against the given revocation lists.
	 * @param crls the certificate revocation lists, or empty for none
	 * @return the new options
	 */
	public TlsOptions withCrls(List<X509CRL> crls) {
		return new TlsOptions(this.keyManagers, this.trustManagers, this.clientAuth, this.protocols, this.ciphers,
				this.alpn, this.serverName, this.verifyPeer, crls, this.handshakeTimeout, this.sni);
	}

	/**
	 * Returns a copy whose handshakes may take at most the given time; a connection that
	 * has not finished its handshake by then is closed and the handshake counted as
	 * failed.
	 * @param handshakeTimeout the timeout, positive
	 * @return the new options
	 */
	public TlsOptions withHandshakeTimeout(Duration handshakeTimeout) {
		return new TlsOptions(this.keyManagers, this.trustManagers, this.clientAuth, this.protocols, this.ciphers,
				this.alpn, this.serverName, this.verifyPeer, this.crls, handshakeTimeout, this.sni);
	}

	/**
	 * Returns a copy that gives clients asking for one of the given server names (SNI)
	 * the key and certificate of that name's options; clients asking for another name or
	 * none get this copy's own. A server's options only ({@link TcpServer#reloadTls}
	 * replaces them all); the handshake timeout and renegotiation refusal are this
	 * copy's.
	 * @param sni the options by server name, such as {@code a.example} or
	 * {@code *.b.example}; empty for one certificate
	 * @return the new options
	 */
	public TlsOptions withSni(Map<String, TlsOptions> sni) {
		return new TlsOptions(this.keyManagers, this.trustManagers, this.clientAuth, this.protocols, this.ciphers,
				this.alpn, this.serverName, this.verifyPeer, this.crls, this.handshakeTimeout, sni);
	}

	private static void checkSniEntry(String name, TlsOptions options) {
		if (name.isBlank()) {
			throw new IllegalArgumentException("An SNI server name must not be blank");
		}
		if (name.lastIndexOf('*') > 0 || (name.startsWith("*") && !name.startsWith("*."))) {
			throw new IllegalArgumentException("SNI server name '" + name
					+ "' is not a host name nor a wildcard such as '*.example.com' (one '*', in front)");
		}
		if (options.keyManagers() == null) {
			throw new IllegalArgumentException("The SNI options of '" + name + "' need 'keyManagers'");
		}
		if (!options.sni().isEmpty()) {
			throw new IllegalArgumentException("The SNI options of '" + name + "' must not have SNI options");
		}
	}

}
