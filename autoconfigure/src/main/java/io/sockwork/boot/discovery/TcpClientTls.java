package io.sockwork.boot.discovery;

import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import io.sockwork.boot.config.ListenerTlsException;
import io.sockwork.boot.config.TcpClientSettings;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.boot.ssl.SslBundleTlsOptions;
import io.sockwork.core.TlsOptions;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ssl.SslBundles;

/**
 * The TLS of clients from Spring Boot SSL bundles: converts a client's bundle each time
 * its endpoint is built, and when the bundle is updated gives the running client the new
 * TLS, which its next connection (a reconnect) uses, with a TLS context of its own; the
 * open connection keeps its TLS.
 */
final class TcpClientTls {

	private static final Logger logger = LoggerFactory.getLogger(TcpClientTls.class);

	private final Supplier<@Nullable SslBundles> sslBundles;

	private final Supplier<SocketRegistry> registry;

	private final BundleUpdates updates;

	TcpClientTls(Supplier<@Nullable SslBundles> sslBundles, Supplier<SocketRegistry> registry, BundleUpdates updates) {
		this.sslBundles = sslBundles;
		this.registry = registry;
		this.updates = updates;
	}

	/**
	 * The TLS of a client, watching its bundle for updates.
	 * @return the options, or {@code null} for a plain TCP client
	 * @throws ListenerTlsException if the bundle cannot be used
	 */
	@Nullable TlsOptions options(TcpClientSettings settings) {
		this.updates.forget(settings.getName());
		String bundleName = settings.getTlsBundle();
		if (bundleName == null) {
			return null;
		}
		SslBundles bundles = this.sslBundles.get();
		TlsOptions options = convert(settings, bundles);
		this.updates.watch(Objects.requireNonNull(bundles), settings.getName(), Set.of(bundleName),
				(updated) -> reload(settings));
		return options;
	}

	private void reload(TcpClientSettings settings) {
		try {
			this.registry.get().reloadTls(settings.getName(), convert(settings, this.sslBundles.get()));
			logger.info("Client '{}' takes the TLS of SSL bundle '{}' from its next connection on", settings.getName(),
					settings.getTlsBundle());
		}
		catch (RuntimeException ex) {
			logger.error("Client '{}' keeps its TLS: updated SSL bundle '{}' cannot be used", settings.getName(),
					settings.getTlsBundle(), ex);
		}
	}

	private static TlsOptions convert(TcpClientSettings settings, @Nullable SslBundles bundles) {
		String bundleName = Objects.requireNonNull(settings.getTlsBundle());
		try {
			TlsOptions tls = SslBundleTlsOptions.client(BundleUpdates.bundle(bundles, bundleName))
				.withCrls(CrlFiles.read(settings.getTlsCrls()))
				.withHandshakeTimeout(settings.getTlsHandshakeTimeout());
			return settings.isTlsVerifyPeer() ? tls : tls.insecureSkipVerification();
		}
		catch (RuntimeException ex) {
			throw new ListenerTlsException(settings.getName(), bundleName,
					"sockwork.tcp.clients." + settings.getName() + ".tls.bundle", ex);
		}
	}

}
