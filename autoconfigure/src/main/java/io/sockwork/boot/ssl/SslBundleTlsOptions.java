package io.sockwork.boot.ssl;

import java.util.List;

import io.sockwork.core.TlsClientAuth;
import io.sockwork.core.TlsOptions;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslManagerBundle;
import org.springframework.boot.ssl.SslOptions;
import org.springframework.util.Assert;

/**
 * Turns a Spring Boot {@link SslBundle} into the engine's {@link TlsOptions}: the
 * bundle's key managers, trust managers, enabled protocols and ciphers. Protocols default
 * to TLS 1.3 and 1.2 unless the bundle's options name others; ciphers to the provider's
 * defaults. <pre>{@code
 * TlsOptions tls = SslBundleTlsOptions.client(sslBundles.getBundle("backend"));
 * engine.connect(TcpConnectOptions.to("backend.example", 7443).withTls(tls), handler);
 * }</pre>
 */
public final class SslBundleTlsOptions {

	private SslBundleTlsOptions() {
	}

	/**
	 * Server TLS from a bundle whose key store holds the server's key and certificate.
	 * @param bundle the SSL bundle
	 * @param clientAuth whether clients are asked for a certificate, trusted by the
	 * bundle's trust store
	 * @param alpn the ALPN protocols offered, most preferred first, empty for none
	 * @return the options
	 * @throws IllegalStateException if the bundle cannot be loaded, or its private key
	 * does not match its certificate
	 */
	public static TlsOptions server(SslBundle bundle, TlsClientAuth clientAuth, List<String> alpn) {
		Assert.notNull(bundle, "'bundle' must not be null");
		Assert.notNull(clientAuth, "'clientAuth' must not be null");
		Assert.notNull(alpn, "'alpn' must not be null");
		SslManagerBundle managers = bundle.getManagers();
		PrivateKeyCheck.assertKeysMatchCertificates(bundle.getStores().getKeyStore(), managers.getKeyManagers());
		return withOptions(TlsOptions.server(managers.getKeyManagerFactory()), bundle)
			.withTrustManagers(managers.getTrustManagerFactory())
			.withClientAuth(clientAuth)
			.withAlpn(alpn);
	}

	/**
	 * Server TLS from a bundle, without client certificates or ALPN.
	 * @param bundle the SSL bundle
	 * @return the options
	 * @throws IllegalStateException if the bundle cannot be loaded, or its private key
	 * does not match its certificate
	 */
	public static TlsOptions server(SslBundle bundle) {
		return server(bundle, TlsClientAuth.NONE, List.of());
	}

	/**
	 * Client TLS from a bundle: its trust store verifies the server (the JDK's default
	 * trust store when the bundle has none), its key store, if any, is the client's
	 * certificate for mutual TLS.
	 * @param bundle the SSL bundle
	 * @return the options, which verify the server's certificate and host name
	 * @throws IllegalStateException if the bundle cannot be loaded
	 */
	public static TlsOptions client(SslBundle bundle) {
		Assert.notNull(bundle, "'bundle' must not be null");
		SslManagerBundle managers = bundle.getManagers();
		TlsOptions tls = TlsOptions.client().withTrustManagers(managers.getTrustManagerFactory());
		if (bundle.getStores().getKeyStore() != null) {
			tls = tls.withKeyManagers(managers.getKeyManagerFactory());
		}
		return withOptions(tls, bundle);
	}

	private static TlsOptions withOptions(TlsOptions tls, SslBundle bundle) {
		SslOptions options = bundle.getOptions();
		List<String> protocols = listOf(options.getEnabledProtocols());
		List<String> ciphers = listOf(options.getCiphers());
		return tls.withProtocols(protocols.isEmpty() ? TlsOptions.DEFAULT_PROTOCOLS : protocols).withCiphers(ciphers);
	}

	private static List<String> listOf(String @Nullable [] values) {
		return (values != null) ? List.of(values) : List.of();
	}

}
