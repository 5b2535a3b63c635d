package io.sockwork.boot.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.sockwork.boot.annotation.TcpClient;
import io.sockwork.boot.config.AttributeResolver;
import io.sockwork.boot.config.InvalidListenerException;
import io.sockwork.boot.config.ListenerTlsException;
import io.sockwork.boot.config.ReconnectBackoff;
import io.sockwork.boot.config.TcpClientEndpoint;
import io.sockwork.boot.config.TcpClientSettings;
import io.sockwork.boot.config.TcpClientSettingsCustomizer;
import io.sockwork.boot.handler.AnnotatedHandlers;
import io.sockwork.boot.handler.DiscoveredMethod;
import io.sockwork.boot.ssl.SslBundleTlsOptions;
import io.sockwork.core.SocketEvent;
import io.sockwork.core.TcpConnectOptions;
import io.sockwork.core.TlsOptions;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundles;

/**
 * Turns the handler methods bound to TCP clients into endpoints: applies the settings
 * customizers and builds one handler set per client, made of the same annotated handler
 * as a listener's.
 */
final class TcpClientEndpointFactory {

	private final AttributeResolver attributes;

	private final List<TcpClientSettingsCustomizer> customizers;

	private final Supplier<@Nullable SslBundles> sslBundles;

	private final ExecutorDispatch dispatch;

	TcpClientEndpointFactory(AttributeResolver attributes, List<TcpClientSettingsCustomizer> customizers,
			Supplier<@Nullable SslBundles> sslBundles, ExecutorDispatch dispatch) {
		this.attributes = attributes;
		this.customizers = List.copyOf(customizers);
		this.sslBundles = sslBundles;
		this.dispatch = dispatch;
	}

	/**
	 * The endpoints of the TCP clients among the bound methods, in declaration order.
	 */
	List<TcpClientEndpoint> create(Map<String, Map<SocketEvent, DiscoveredMethod>> bound) {
		List<TcpClientEndpoint> endpoints = new ArrayList<>();
		bound.forEach((name, handlers) -> {
			if (HandlerMethodBinder.isClient(handlers)) {
				endpoints.add(endpoint(name, handlers));
			}
		});
		return endpoints;
	}

	private TcpClientEndpoint endpoint(String name, Map<SocketEvent, DiscoveredMethod> handlers) {
		DiscoveredMethod data = HandlerMethodBinder.declaring(handlers);
		TcpClientSettings settings;
		TcpConnectOptions options;
		ReconnectBackoff backoff;
		try {
			settings = TcpClientSettings.read((TcpClient) data.annotation(), name, data.description(), this.attributes);
			this.customizers.forEach((customizer) -> customizer.customize(settings));
			options = settings.toConnectOptions();
			backoff = settings.toBackoff();
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidListenerException(name,
					"Client '" + name + "' declared by " + data.description() + " is not configured correctly: "
							+ ex.getMessage(),
					"Correct the @TcpClient attributes of " + data.description() + " or the sockwork.tcp.clients."
							+ name + ".* properties.");
		}
		if (settings.getTlsBundle() != null) {
			options = options.withTls(tls(name, settings.getTlsBundle(), settings));
		}
		else if (!settings.getTlsCrls().isEmpty()) {
			throw new InvalidListenerException(name,
					"Client '" + name + "' declared by " + data.description()
							+ " has revocation lists (tls.crl) but no tls.bundle",
					"Set sockwork.tcp.clients." + name + ".tls.bundle, or remove its tls.crl.");
		}
		return new TcpClientEndpoint(name, data.description(), options, settings.getTlsBundle(), backoff,
				settings.isRequired(),
				this.dispatch.tcp(AnnotatedHandlers.tcpClient(settings, handlers), settings, "Client"));
	}

	private TlsOptions tls(String name, String bundleName, TcpClientSettings settings) {
		try {
			SslBundles bundles = this.sslBundles.get();
			if (bundles == null) {
				throw new NoSuchSslBundleException(bundleName,
						"The application has no SslBundles bean (Spring Boot's SslAutoConfiguration provides it)");
			}
			return SslBundleTlsOptions.client(bundles.getBundle(bundleName))
				.withCrls(CrlFiles.read(settings.getTlsCrls()))
				.withHandshakeTimeout(settings.getTlsHandshakeTimeout());
		}
		catch (RuntimeException ex) {
			throw new ListenerTlsException(name, bundleName, "sockwork.tcp.clients." + name + ".tls.bundle", ex);
		}
	}

}
