package io.sockwork.boot.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.sockwork.boot.annotation.UdpSocket;
import io.sockwork.boot.config.AttributeResolver;
import io.sockwork.boot.config.InvalidListenerException;
import io.sockwork.boot.config.UdpSocketEndpoint;
import io.sockwork.boot.config.UdpSocketSettings;
import io.sockwork.boot.config.UdpSocketSettingsCustomizer;
import io.sockwork.boot.handler.AnnotatedHandlers;
import io.sockwork.boot.handler.DiscoveredMethod;
import io.sockwork.core.SocketEvent;
import io.sockwork.core.UdpOptions;

/**
 * Turns the handler methods bound to UDP sockets into endpoints: applies the settings
 * customizers and builds one handler per socket.
 */
final class UdpSocketEndpointFactory {

	private final AttributeResolver attributes;

	private final List<UdpSocketSettingsCustomizer> customizers;

	UdpSocketEndpointFactory(AttributeResolver attributes, List<UdpSocketSettingsCustomizer> customizers) {
		this.attributes = attributes;
		this.customizers = List.copyOf(customizers);
	}

	/**
	 * The endpoints of the UDP sockets among the bound methods, in declaration order.
	 */
	List<UdpSocketEndpoint> create(Map<String, Map<SocketEvent, DiscoveredMethod>> bound) {
		List<UdpSocketEndpoint> endpoints = new ArrayList<>();
		bound.forEach((name, handlers) -> {
			if (HandlerMethodBinder.isUdp(handlers)) {
				endpoints.add(endpoint(name, handlers));
			}
		});
		return endpoints;
	}

	private UdpSocketEndpoint endpoint(String name, Map<SocketEvent, DiscoveredMethod> handlers) {
		DiscoveredMethod data = HandlerMethodBinder.declaring(handlers);
		UdpSocketSettings settings = settings(name, data);
		UdpOptions options;
		try {
			options = settings.toUdpOptions();
		}
		catch (IllegalArgumentException ex) {
			throw InvalidListenerException.udpSocketSettings(name, data.description(), ex);
		}
		return new UdpSocketEndpoint(name, data.description(), options, AnnotatedHandlers.udpSocket(settings, handlers),
				settings.toChannelOptions());
	}

	private UdpSocketSettings settings(String name, DiscoveredMethod data) {
		try {
			UdpSocketSettings settings = UdpSocketSettings.read((UdpSocket) data.annotation(), name, data.description(),
					this.attributes);
			this.customizers.forEach((customizer) -> customizer.customize(settings));
			return settings;
		}
		catch (IllegalArgumentException ex) {
			throw InvalidListenerException.udpSocketSettings(name, data.description(), ex);
		}
	}

}
