package io.sockwork.boot.autoconfigure;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.sockwork.boot.registry.SocketChange;
import io.sockwork.boot.registry.SocketChangeListener;
import io.sockwork.boot.registry.SocketKind;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.core.TcpServer;
import io.sockwork.core.UdpChannel;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;

/**
 * Publishes the bound port of every listener and UDP socket in the {@link Environment},
 * as Spring Boot publishes {@code local.server.port}:
 * {@code local.sockwork.tcp.<name>.port} and {@code local.sockwork.udp.<name>.port}, in
 * the application's context and its parents. The properties follow the registry: a moved
 * socket's port is replaced, a stopped socket's is removed.
 */
final class LocalSocketPorts implements SocketChangeListener {

	static final String PROPERTY_SOURCE_NAME = "sockwork.ports";

	private final ApplicationContext context;

	private final SocketRegistry registry;

	LocalSocketPorts(ApplicationContext context, SocketRegistry registry) {
		this.context = context;
		this.registry = registry;
	}

	/**
	 * The name of the property that holds the bound port of a socket.
	 * @param kind the socket's kind: a listener or a UDP socket
	 * @param name the socket's name
	 * @return {@code local.sockwork.<tcp|udp>.<name>.port}
	 */
	static String propertyName(SocketKind kind, String name) {
		return "local.sockwork." + kind.transport() + "." + name + ".port";
	}

	@Override
	public void socketChanged(SocketChange change) {
		if (change.kind() == SocketKind.CLIENT) {
			return;
		}
		String property = propertyName(change.kind(), change.name());
		Integer port = (change.type() != SocketChange.Type.STOPPED) ? boundPort(change) : null;
		for (ApplicationContext target = this.context; target != null; target = target.getParent()) {
			if (target.getEnvironment() instanceof ConfigurableEnvironment environment) {
				Map<String, Object> ports = ports(environment.getPropertySources());
				if (port != null) {
					ports.put(property, port);
				}
				else {
					ports.remove(property);
				}
			}
		}
	}

	private @Nullable Integer boundPort(SocketChange change) {
		if (change.kind() == SocketKind.LISTENER) {
			TcpServer<?> server = this.registry.server(change.name());
			return (server != null) ? server.port() : null;
		}
		UdpChannel channel = this.registry.udpSocket(change.name());
		return (channel != null) ? channel.port() : null;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> ports(MutablePropertySources sources) {
		PropertySource<?> source = sources.get(PROPERTY_SOURCE_NAME);
		if (source == null) {
			source = new MapPropertySource(PROPERTY_SOURCE_NAME, new ConcurrentHashMap<>());
			sources.addFirst(source);
		}
		return (Map<String, Object>) source.getSource();
	}

}
