package io.sockwork.boot.discovery;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.sockwork.boot.config.AttributeResolver;
import io.sockwork.boot.config.InvalidListenerException;
import io.sockwork.boot.handler.DiscoveredMethod;
import io.sockwork.boot.handler.HandlerAnnotation;
import io.sockwork.core.SocketEvent;

import org.springframework.util.Assert;
import org.springframework.util.StringUtils;

/**
 * Binds the discovered handler methods to the TCP listeners and UDP sockets they declare
 * or name, and checks that each has one method per event. Listeners and UDP sockets share
 * one namespace, so that {@code @OnError("name")} always means one of them.
 */
final class HandlerMethodBinder {

	/** The events of a UDP socket. */
	private static final Set<SocketEvent> UDP_EVENTS = EnumSet.of(SocketEvent.DATA, SocketEvent.DRAIN,
			SocketEvent.ERROR);

	private final AttributeResolver attributes;

	HandlerMethodBinder(AttributeResolver attributes) {
		this.attributes = attributes;
	}

	/**
	 * The methods of every listener, client and UDP socket by name, in declaration order;
	 * each has the {@link SocketEvent#DATA} method that declares it.
	 */
	Map<String, Map<SocketEvent, DiscoveredMethod>> bind(List<DiscoveredMethod> methods) {
		Map<String, Map<SocketEvent, DiscoveredMethod>> bound = new LinkedHashMap<>();
		for (DiscoveredMethod method : methods) {
			if (method.kind().declares()) {
				String name = name(method);
				Map<SocketEvent, DiscoveredMethod> handlers = bound.computeIfAbsent(name,
						(key) -> new EnumMap<>(SocketEvent.class));
				checkSameKind(name, handlers, method);
				bind(handlers, name, method);
			}
		}
		for (DiscoveredMethod method : methods) {
			if (!method.kind().declares()) {
				String name = nameOf(method, bound);
				Map<SocketEvent, DiscoveredMethod> handlers = bound.get(name);
				Assert.state(handlers != null, () -> "No methods bound to '" + name + "'");
				if (isUdp(handlers) && !UDP_EVENTS.contains(method.event())) {
					throw new InvalidListenerException(name,
							method.kind().displayName() + " method " + method.description() + " names UDP socket '"
									+ name + "', but UDP sockets have no such event.",
							"Bind only @OnDrain and @OnError methods to UDP socket '" + name + "'.");
				}
				bind(handlers, name, method);
			}
		}
		return bound;
	}

	/**
	 * Whether the methods are those of a UDP socket.
	 */
	static boolean isUdp(Map<SocketEvent, DiscoveredMethod> handlers) {
		return declaring(handlers).kind() == HandlerAnnotation.UDP_SOCKET;
	}

	/**
	 * Whether the methods are those of a TCP client.
	 */
	static boolean isClient(Map<SocketEvent, DiscoveredMethod> handlers) {
		return declaring(handlers).kind() == HandlerAnnotation.TCP_CLIENT;
	}

	/**
	 * Whether the methods are those of a TCP listener.
	 */
	static boolean isListener(Map<SocketEvent, DiscoveredMethod> handlers) {
		return declaring(handlers).kind() == HandlerAnnotation.TCP_LISTENER;
	}

	private static String kind(Map<SocketEvent, DiscoveredMethod> handlers) {
		return isUdp(handlers) ? "UDP socket" : isClient(handlers) ? "Client" : "Listener";
	}

	/**
	 * The method that declares a listener, client or UDP socket.
	 */
	static DiscoveredMethod declaring(Map<SocketEvent, DiscoveredMethod> handlers) {
		DiscoveredMethod declaring = handlers.get(SocketEvent.DATA);
		Assert.state(declaring != null, "No declaring method");
		return declaring;
	}

	/**
	 * The name a declaring annotation gives, or {@code <beanName>.<methodName>}.
	 */
	private String name(DiscoveredMethod method) {
		String name = this.attributes.resolve(method.declaredListenerName());
		return StringUtils.hasText(name) ? name : method.beanName() + "." + method.method().getName();
	}

	private static void checkSameKind(String name, Map<SocketEvent, DiscoveredMethod> handlers,
			DiscoveredMethod method) {
		for (DiscoveredMethod existing : handlers.values()) {
			if (existing.kind() != method.kind()) {
				throw new InvalidListenerException(name,
						"'" + name + "' is declared by " + existing.kind().displayName() + " method "
								+ existing.description() + " and by " + method.kind().displayName() + " method "
								+ method.description() + ".",
						"Give each listener, client and UDP socket its own name.");
			}
		}
	}

	private static void bind(Map<SocketEvent, DiscoveredMethod> handlers, String name, DiscoveredMethod method) {
		DiscoveredMethod existing = handlers.putIfAbsent(method.event(), method);
		if (existing != null) {
			String annotation = method.kind().displayName();
			String kind = kind(handlers);
			throw new InvalidListenerException(name,
					kind + " '" + name + "' has two " + annotation + " methods: " + existing.description() + " and "
							+ method.description() + ".",
					"Keep one " + annotation + " method for " + kind.toLowerCase() + " '" + name
							+ "', or give the other its own name.");
		}
	}

	private String nameOf(DiscoveredMethod method, Map<String, Map<SocketEvent, DiscoveredMethod>> bound) {
		String annotation = method.kind().displayName();
		String declared = this.attributes.resolve(method.declaredListenerName());
		if (StringUtils.hasText(declared)) {
			if (!bound.containsKey(declared)) {
				throw new InvalidListenerException(declared,
						annotation + " method " + method.description() + " names listener '" + declared
								+ "', but no @TcpListener method declares it, nor any @TcpClient or @UdpSocket method "
								+ "(declared: " + bound.keySet() + ").",
						"Declare @TcpListener(name = \"" + declared + "\"), @TcpClient(name = \"" + declared
								+ "\") or @UdpSocket(name = \"" + declared + "\") on a method, or correct the name in "
								+ annotation + ".");
			}
			return declared;
		}
		List<String> inSameBean = new ArrayList<>();
		bound.forEach((name, handlers) -> {
			if (declaring(handlers).beanName().equals(method.beanName())) {
				inSameBean.add(name);
			}
		});
		if (inSameBean.size() != 1) {
			String problem = inSameBean.isEmpty() ? "its bean declares no @TcpListener, @TcpClient or @UdpSocket method"
					: "its bean declares several listeners, clients and UDP sockets " + inSameBean;
			throw new InvalidListenerException(method.beanName(),
					annotation + " method " + method.description() + " names no listener, and " + problem + ".",
					"Name the listener or UDP socket, as in " + annotation + "(\"name\").");
		}
		return inSameBean.get(0);
	}

}
