package io.sockwork.boot.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.boot.config.AttributeResolver;
import io.sockwork.boot.config.InvalidListenerException;
import io.sockwork.boot.config.TcpListenerEndpoint;
import io.sockwork.boot.config.TcpListenerSettings;
import io.sockwork.boot.config.TcpListenerSettingsCustomizer;
import io.sockwork.boot.handler.AnnotatedHandlers;
import io.sockwork.boot.handler.DiscoveredMethod;
import io.sockwork.boot.handler.TcpHandlerDecorator;
import io.sockwork.core.SocketEvent;
import io.sockwork.core.TcpHandler;
import io.sockwork.core.TcpListenOptions;

/**
 * Turns the handler methods bound to TCP listeners into endpoints: applies the settings
 * customizers and builds one handler set per listener.
 */
final class TcpListenerEndpointFactory {

	private final AttributeResolver attributes;

	private final List<TcpListenerSettingsCustomizer> customizers;

	private final List<TcpHandlerDecorator> decorators;

	private final ExecutorDispatch dispatch;

	private final TcpListenerTls tls;

	private final InitialDataSuppliers initialData;

	TcpListenerEndpointFactory(AttributeResolver attributes, List<TcpListenerSettingsCustomizer> customizers,
			List<TcpHandlerDecorator> decorators, ExecutorDispatch dispatch, TcpListenerTls tls,
			InitialDataSuppliers initialData) {
		this.initialData = initialData;
		this.attributes = attributes;
		this.customizers = List.copyOf(customizers);
		this.decorators = List.copyOf(decorators);
		this.dispatch = dispatch;
		this.tls = tls;
	}

	/**
	 * The endpoints of the TCP listeners among the bound methods, in declaration order.
	 */
	List<TcpListenerEndpoint> create(Map<String, Map<SocketEvent, DiscoveredMethod>> bound) {
		List<TcpListenerEndpoint> endpoints = new ArrayList<>();
		bound.forEach((name, handlers) -> {
			if (HandlerMethodBinder.isListener(handlers)) {
				endpoints.add(endpoint(name, handlers));
			}
		});
		return endpoints;
	}

	private TcpListenerEndpoint endpoint(String name, Map<SocketEvent, DiscoveredMethod> handlers) {
		DiscoveredMethod data = HandlerMethodBinder.declaring(handlers);
		TcpListenerSettings settings = settings(name, data);
		TcpListenOptions options;
		try {
			options = settings.toListenOptions()
				.withTls(this.tls.options(settings))
				.withData(this.initialData.find(settings, data, handlers.values()));
		}
		catch (IllegalArgumentException ex) {
			throw invalidSettings(name, data, ex);
		}
		TcpHandler<Object> handler = AnnotatedHandlers.tcpListener(settings, handlers);
		for (TcpHandlerDecorator decorator : this.decorators) {
			handler = decorator.decorate(name, handler);
		}
		handler = this.dispatch.tcp(handler, settings, "Listener");
		return new TcpListenerEndpoint(name, data.description(), options, handler);
	}

	private TcpListenerSettings settings(String name, DiscoveredMethod data) {
		try {
			TcpListenerSettings settings = TcpListenerSettings.read((TcpListener) data.annotation(), name,
					data.description(), this.attributes);
			this.customizers.forEach((customizer) -> customizer.customize(settings));
			return settings;
		}
		catch (IllegalArgumentException ex) {
			throw invalidSettings(name, data, ex);
		}
	}

	private static InvalidListenerException invalidSettings(String name, DiscoveredMethod data, Exception ex) {
		return new InvalidListenerException(name,
				"Listener '" + name + "' declared by " + data.description() + " is not configured correctly: "
						+ ex.getMessage(),
				"Correct the @TcpListener attributes of " + data.description() + " or the sockwork.tcp.listeners."
						+ name + ".* properties.");
	}

}
