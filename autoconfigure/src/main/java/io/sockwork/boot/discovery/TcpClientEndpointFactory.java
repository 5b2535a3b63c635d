package io.sockwork.boot.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.sockwork.boot.annotation.TcpClient;
import io.sockwork.boot.config.AttributeResolver;
import io.sockwork.boot.config.InvalidListenerException;
import io.sockwork.boot.config.ReconnectBackoff;
import io.sockwork.boot.config.TcpClientEndpoint;
import io.sockwork.boot.config.TcpClientSettings;
import io.sockwork.boot.config.TcpClientSettingsCustomizer;
import io.sockwork.boot.handler.AnnotatedHandlers;
import io.sockwork.boot.handler.DiscoveredMethod;
import io.sockwork.core.SocketEvent;
import io.sockwork.core.TcpConnectOptions;

/**
 * Turns the handler methods bound to TCP clients into endpoints: applies the settings
 * customizers and builds one handler set per client, made of the same annotated handler
 * as a listener's.
 */
final class TcpClientEndpointFactory {

	private final AttributeResolver attributes;

	private final List<TcpClientSettingsCustomizer> customizers;

	private final TcpClientTls tls;

	private final ExecutorDispatch dispatch;

	TcpClientEndpointFactory(AttributeResolver attributes, List<TcpClientSettingsCustomizer> customizers,
			TcpClientTls tls, ExecutorDispatch dispatch) {
		this.attributes = attributes;
		this.customizers = List.copyOf(customizers);
		this.tls = tls;
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
		if (settings.getTlsBundle() == null && !settings.getTlsCrls().isEmpty()) {
			throw new InvalidListenerException(name,
					"Client '" + name + "' declared by " + data.description()
							+ " has revocation lists (tls.crl) but no tls.bundle",
					"Set sockwork.tcp.clients." + name + ".tls.bundle, or remove its tls.crl.");
		}
		return new TcpClientEndpoint(name, data.description(), options.withTls(this.tls.options(settings)),
				settings.getTlsBundle(), backoff, settings.isRequired(),
				this.dispatch.tcp(AnnotatedHandlers.tcpClient(settings, handlers), settings, "Client"));
	}

}
