package io.sockwork.boot.discovery;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;

/**
 * Runs the TLS reload of the listeners and clients that use an SSL bundle when it is
 * updated (its files changed and it has {@code reload-on-update}). One update handler is
 * registered per bundle, however often the sockets are rebuilt; it runs the reload each
 * socket registered last, for the sockets that use the bundle now.
 */
final class BundleUpdates {

	/** What each TLS socket reloads, by socket name. */
	private final Map<String, Watch> sockets = new ConcurrentHashMap<>();

	/** The bundles with an update handler. */
	private final Set<String> watched = ConcurrentHashMap.newKeySet();

	/**
	 * The bundle of that name.
	 * @throws NoSuchSslBundleException if there is no such bundle, or no bundles at all
	 */
	static SslBundle bundle(@Nullable SslBundles bundles, String name) {
		if (bundles == null) {
			throw new NoSuchSslBundleException(name,
					"The application has no SslBundles bean (Spring Boot's SslAutoConfiguration provides it)");
		}
		return bundles.getBundle(name);
	}

	/**
	 * Runs {@code reload} with the bundle's name whenever one of {@code bundleNames} is
	 * updated, instead of what the socket registered before.
	 */
	void watch(SslBundles bundles, String socket, Set<String> bundleNames, Consumer<String> reload) {
		this.sockets.put(socket, new Watch(Set.copyOf(bundleNames), reload));
		for (String bundleName : bundleNames) {
			if (this.watched.add(bundleName)) {
				bundles.addBundleUpdateHandler(bundleName, (bundle) -> updated(bundleName));
			}
		}
	}

	/**
	 * Stops reloading a socket, which is no longer a TLS socket.
	 */
	void forget(String socket) {
		this.sockets.remove(socket);
	}

	/**
	 * Forgets the sockets not among {@code names}, which are no longer declared.
	 */
	void retainOnly(Set<String> names) {
		this.sockets.keySet().retainAll(names);
	}

	private void updated(String bundleName) {
		this.sockets.values()
			.stream()
			.filter((watch) -> watch.bundleNames().contains(bundleName))
			.forEach((watch) -> watch.reload().accept(bundleName));
	}

	private record Watch(Set<String> bundleNames, Consumer<String> reload) {
	}

}
