package io.sockwork.boot.discovery;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;

/**
 * The TLS of listeners from Spring Boot SSL bundles: converts a listener's bundle each
 * time its endpoint is built, and when the bundle is updated (its files changed and it
 * has {@code reload-on-update}) reloads the running server, so that new connections get
 * the new certificate while open ones keep theirs. One update handler is registered per
 * bundle, however often the listeners are reloaded; it applies the settings each listener
 * was last built with, to the listeners that use the bundle now.
 */
final class TcpListenerTls {

	private static final Logger logger = LoggerFactory.getLogger(TcpListenerTls.class);

	private final Supplier<@Nullable SslBundles> sslBundles;

	private final Supplier<SocketRegistry> registry;

	/** The settings each TLS listener was last built with, by listener name. */
	private final Map<String, TcpListenerSettings> current = new ConcurrentHashMap<>();

	/** The bundles with an update handler. */
	private final Set<String> watched = ConcurrentHashMap.newKeySet();

	TcpListenerTls(Supplier<@Nullable SslBundles> sslBundles, Supplier<SocketRegistry> registry) {
		this.sslBundles = sslBundles;
		this.registry = registry;
	}

	/**
	 * The TLS of a listener, watching its bundle for updates.
	 * @return the options, or {@code null} for a plain TCP listener
	 * @throws IllegalArgumentException if TLS settings are given without a bundle
	 * @throws ListenerTlsException if the bundle cannot be used
	 */
	@Nullable TlsOptions options(TcpListenerSettings settings) {
		String bundleName = settings.getTlsBundle();
		this.current.remove(settings.getName());
		if (bundleName == null) {
			if (settings.getTlsClientAuth() != TlsClientAuth.NONE || !settings.getTlsAlpn().isEmpty()
					|| !settings.getTlsCrls().isEmpty()) {
				throw new IllegalArgumentException(
						"TLS client authentication, ALPN or revocation lists are set, but no tls.bundle");
			}
			return null;
		}
		String name = settings.getName();
		try {
			SslBundles bundles = this.sslBundles.get();
			if (bundles == null) {
				throw new NoSuchSslBundleException(bundleName,
						"The application has no SslBundles bean (Spring Boot's SslAutoConfiguration provides it)");
			}
			TlsOptions options = convert(settings, bundles.getBundle(bundleName));
			this.current.put(settings.getName(), settings);
			if (this.watched.add(bundleName)) {
				bundles.addBundleUpdateHandler(bundleName, (bundle) -> updated(bundleName, bundle));
			}
			return options;
		}
		catch (RuntimeException ex) {
			throw new ListenerTlsException(name, bundleName, ex);
		}
	}

	/**
	 * Forgets the listeners not among {@code names}, which are no longer declared.
	 */
	void retainOnly(Set<String> names) {
		this.current.keySet().retainAll(names);
	}

	private void updated(String bundleName, SslBundle bundle) {
		this.current.values()
			.stream()
			.filter((settings) -> bundleName.equals(settings.getTlsBundle()))
			.forEach((settings) -> reload(settings, bundle));
	}

	private void reload(TcpListenerSettings settings, SslBundle bundle) {
		try {
			this.registry.get().reloadTls(settings.getName(), convert(settings, bundle));
			logger.info("Listener '{}' reloaded the TLS of SSL bundle '{}'", settings.getName(),
					settings.getTlsBundle());
		}
		catch (RuntimeException ex) {
			logger.error("Listener '{}' keeps its TLS: updated SSL bundle '{}' cannot be used", settings.getName(),
					settings.getTlsBundle(), ex);
		}
	}

	private static TlsOptions convert(TcpListenerSettings settings, SslBundle bundle) {
		return SslBundleTlsOptions.server(bundle, settings.getTlsClientAuth(), settings.getTlsAlpn())
			.withCrls(CrlFiles.read(settings.getTlsCrls()))
			.withHandshakeTimeout(settings.getTlsHandshakeTimeout());
	}

}
