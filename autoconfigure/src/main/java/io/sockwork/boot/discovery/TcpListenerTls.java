package io.sockwork.boot.discovery;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import io.sockwork.boot.config.ListenerTlsException;
import io.sockwork.boot.config.TcpListenerSettings;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.boot.ssl.SslBundleTlsOptions;
import io.sockwork.core.TlsClientAuth;
import io.sockwork.core.TlsOptions;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ssl.SslBundles;

/**
 * The TLS of listeners from Spring Boot SSL bundles: converts a listener's bundle (and
 * the bundles of its SNI server names) each time its endpoint is built, and when one of
 * them is updated reloads the running server with the settings the listener was last
 * built with, so that new connections get the new certificate while open ones keep
 * theirs.
 */
final class TcpListenerTls {

	private static final Logger logger = LoggerFactory.getLogger(TcpListenerTls.class);

	private final Supplier<@Nullable SslBundles> sslBundles;

	private final Supplier<SocketRegistry> registry;

	private final BundleUpdates updates;

	TcpListenerTls(Supplier<@Nullable SslBundles> sslBundles, Supplier<SocketRegistry> registry,
			BundleUpdates updates) {
		this.sslBundles = sslBundles;
		this.registry = registry;
		this.updates = updates;
	}

	/**
	 * The TLS of a listener, watching its bundles (the listener's and its SNI bundles)
	 * for updates.
	 * @return the options, or {@code null} for a plain TCP listener
	 * @throws IllegalArgumentException if TLS settings are given without a bundle
	 * @throws ListenerTlsException if a bundle cannot be used
	 */
	@Nullable TlsOptions options(TcpListenerSettings settings) {
		this.updates.forget(settings.getName());
		if (settings.getTlsBundle() == null) {
			if (settings.getTlsClientAuth() != TlsClientAuth.NONE || !settings.getTlsAlpn().isEmpty()
					|| !settings.getTlsCrls().isEmpty() || !settings.getTlsSni().isEmpty()) {
				throw new IllegalArgumentException(
						"TLS client authentication, ALPN, revocation lists or SNI bundles are set, but no tls.bundle");
			}
			return null;
		}
		SslBundles bundles = this.sslBundles.get();
		TlsOptions options = convert(settings, bundles);
		this.updates.watch(Objects.requireNonNull(bundles), settings.getName(), bundleNames(settings),
				(bundleName) -> reload(settings, bundleName));
		return options;
	}

	private void reload(TcpListenerSettings settings, String bundleName) {
		try {
			this.registry.get().reloadTls(settings.getName(), convert(settings, this.sslBundles.get()));
			logger.info("Listener '{}' reloaded the TLS of SSL bundle '{}'", settings.getName(), bundleName);
		}
		catch (RuntimeException ex) {
			logger.error("Listener '{}' keeps its TLS: updated SSL bundle '{}' cannot be used", settings.getName(),
					bundleName, ex);
		}
	}

	/**
	 * The listener's bundle, then its SNI bundles.
	 */
	private static Set<String> bundleNames(TcpListenerSettings settings) {
		Set<String> names = new LinkedHashSet<>();
		names.add(Objects.requireNonNull(settings.getTlsBundle()));
		names.addAll(settings.getTlsSni().values());
		return names;
	}

	/**
	 * The TLS of the listener's bundle, with the TLS of each SNI bundle by server name.
	 * @throws ListenerTlsException naming the property of a bundle that cannot be used
	 */
	private static TlsOptions convert(TcpListenerSettings settings, @Nullable SslBundles bundles) {
		String prefix = "sockwork.tcp.listeners." + settings.getName() + ".tls.";
		Map<String, TlsOptions> sni = new LinkedHashMap<>();
		settings.getTlsSni()
			.forEach((serverName, bundleName) -> sni.put(serverName,
					convert(settings, bundles, bundleName, prefix + "sni[" + serverName + "]")));
		return convert(settings, bundles, Objects.requireNonNull(settings.getTlsBundle()), prefix + "bundle")
			.withSni(sni);
	}

	private static TlsOptions convert(TcpListenerSettings settings, @Nullable SslBundles bundles, String bundleName,
			String property) {
		try {
			return SslBundleTlsOptions
				.server(BundleUpdates.bundle(bundles, bundleName), settings.getTlsClientAuth(), settings.getTlsAlpn())
				.withCrls(CrlFiles.read(settings.getTlsCrls()))
				.withHandshakeTimeout(settings.getTlsHandshakeTimeout());
		}
		catch (RuntimeException ex) {
			throw new ListenerTlsException(settings.getName(), bundleName, property, ex);
		}
	}

}
