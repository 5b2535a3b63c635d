package io.sockwork.core;

import javax.net.ssl.SSLException;

import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.OpenSsl;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds Netty {@link SslContext}s from {@link TlsOptions}, on OpenSSL (netty-tcnative)
 * when it is on the classpath and on the JDK's provider otherwise.
 */
final class TlsContexts {

	private static final Logger logger = LoggerFactory.getLogger(TlsContexts.class);

	private static final SslProvider PROVIDER = chooseProvider();

	private TlsContexts() {
	}

	private static SslProvider chooseProvider() {
		SslProvider provider = OpenSsl.isAvailable() ? SslProvider.OPENSSL : SslProvider.JDK;
		logger.info("Sockwork TLS uses the {} provider", provider);
		return provider;
	}

	static SslProvider provider() {
		return PROVIDER;
	}

	static SslContext server(TlsOptions options) {
		if (options.keyManagers() == null) {
			throw new IllegalArgumentException("A TLS server needs 'keyManagers' (its key and certificate)");
		}
		SslContextBuilder builder = trust(SslContextBuilder.forServer(options.keyManagers()), options)
			.clientAuth(switch (options.clientAuth()) {
				case NONE -> ClientAuth.NONE;
				case WANT -> ClientAuth.OPTIONAL;
				case NEED -> ClientAuth.REQUIRE;
			});
		return build(builder, options);
	}

	static SslContext client(TlsOptions options) {
		SslContextBuilder builder = SslContextBuilder.forClient()
			.keyManager(options.keyManagers())
			.endpointIdentificationAlgorithm("HTTPS");
		if (options.verifyPeer()) {
			trust(builder, options);
		}
		else {
			builder.trustManager(new UnverifiedPeerTrustManager(
					options.crls().isEmpty() ? X509TrustManagers.of(options.trustManagers(), "Clients")
							: RevocationCheckingTrustManager.of(options.trustManagers(), options.crls())));
		}
		return build(builder, options);
	}

	private static SslContextBuilder trust(SslContextBuilder builder, TlsOptions options) {
		if (options.crls().isEmpty()) {
			return builder.trustManager(options.trustManagers());
		}
		return builder.trustManager(RevocationCheckingTrustManager.of(options.trustManagers(), options.crls()));
	}

	private static SslContext build(SslContextBuilder builder, TlsOptions options) {
		builder.sslProvider(PROVIDER).protocols(options.protocols());
		if (!options.ciphers().isEmpty()) {
			builder.ciphers(options.ciphers());
		}
		if (!options.alpn().isEmpty()) {
			builder.applicationProtocolConfig(new ApplicationProtocolConfig(ApplicationProtocolConfig.Protocol.ALPN,
					ApplicationProtocolConfig.SelectorFailureBehavior.NO_ADVERTISE,
					ApplicationProtocolConfig.SelectedListenerFailureBehavior.ACCEPT, options.alpn()));
		}
		try {
			return builder.build();
		}
		catch (SSLException ex) {
			throw new IllegalArgumentException("Invalid TLS configuration: " + ex.getMessage(), ex);
		}
	}

}
