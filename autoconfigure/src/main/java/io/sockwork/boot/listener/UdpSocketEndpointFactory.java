package io.sockwork.boot.listener;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.sockwork.boot.annotation.UdpSocket;
import io.sockwork.core.UdpOptions;

/**
 * Turns the handler methods bound to UDP sockets into endpoints: applies the settings
 * customizers and builds one handler per socket.
 */
final class UdpSocketEndpointFactory {

	private final UdpSocketAnnotationReader reader;

	private final List<UdpSocketSettingsCustomizer> customizers;

	UdpSocketEndpointFactory(UdpSocketAnnotationReader reader, List<UdpSocketSettingsCustomizer> customizers) {
		this.reader = reader;
		this.customizers = List.copyOf(customizers);
	}

	/**
	 * The endpoints of the UDP sockets among the bound methods, in declaration order.
	 */
	List<UdpSocketEndpoint> create(Map<String, Map<HandlerEvent, DiscoveredMethod>> bound) {
		List<UdpSocketEndpoint> endpoints = new ArrayList<>();
		bound.forEach((name, handlers) -> {
			if (HandlerMethodBinder.isUdp(handlers)) {
				endpoints.add(endpoint(name, handlers));
			}
		});
		return endpoints;
	}

	private UdpSocketEndpoint endpoint(String name, Map<HandlerEvent, DiscoveredMethod> handlers) {
		DiscoveredMethod data = handlers.get(HandlerEvent.DATAGRAM);
		UdpSocketSettings settings = settings(name, data);
		UdpOptions options;
		try {
			options = settings.toUdpOptions();
		}
		catch (IllegalArgumentException ex) {
			throw invalidSettings(name, data.description(), ex);
		}
		HandlerMethodInvokerFactory invokers = HandlerMethodInvokerFactory.udp(settings);
		Map<HandlerEvent, HandlerMethodInvoker> invokerMap = new EnumMap<>(HandlerEvent.class);
		handlers.forEach((event, method) -> invokerMap.put(event, invokers.create(method)));
		return new UdpSocketEndpoint(name, data.description(), options, new AnnotatedUdpHandler(name, invokerMap),
				new UdpChannelConfigurer(settings));
	}

	private UdpSocketSettings settings(String name, DiscoveredMethod data) {
		try {
			UdpSocketSettings settings = this.reader.read((UdpSocket) data.annotation(), name, data.description());
			this.customizers.forEach((customizer) -> customizer.customize(settings));
			return settings;
		}
		catch (IllegalArgumentException ex) {
			throw invalidSettings(name, data.description(), ex);
		}
	}

	/**
	 * The failure of a UDP socket whose settings are invalid, or that the channel
	 * refused.
	 */
	static InvalidListenerException invalidSettings(String name, String source, Exception ex) {
		return new InvalidListenerException(name,
				"UDP socket '" + name + "' declared by " + source + " is not configured correctly: " + ex.getMessage(),
				"Correct the @UdpSocket attributes of " + source + " or the sockwork.udp.sockets." + name
						+ ".* properties.");
	}

}
