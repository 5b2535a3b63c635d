package io.sockwork.boot.listener;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import io.sockwork.boot.annotation.Dispatch;
import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.core.TcpHandler;
import io.sockwork.core.TcpListenOptions;
import org.jspecify.annotations.Nullable;
import org.springframework.util.StringUtils;

/**
 * Turns the discovered handler methods into endpoints: binds every event method to its listener, checks that each
 * listener has one method per event, applies the settings customizers and builds one handler set per listener.
 */
final class TcpListenerEndpointFactory {

	private final TcpListenerAnnotationReader reader;

	private final List<TcpListenerSettingsCustomizer> customizers;

	private final List<TcpHandlerDecorator> decorators;

	private final Supplier<@Nullable Executor> executor;

	private final TcpListenerTls tls;

	TcpListenerEndpointFactory(TcpListenerAnnotationReader reader, List<TcpListenerSettingsCustomizer> customizers,
			List<TcpHandlerDecorator> decorators, Supplier<@Nullable Executor> executor, TcpListenerTls tls) {
		this.reader = reader;
		this.customizers = List.copyOf(customizers);
		this.decorators = List.copyOf(decorators);
		this.executor = executor;
		this.tls = tls;
	}

	List<TcpListenerEndpoint> create(List<DiscoveredMethod> methods) {
		Map<String, Map<TcpEvent, DiscoveredMethod>> listeners = new LinkedHashMap<>();
		for (DiscoveredMethod method : methods) {
			if (method.event() == TcpEvent.DATA) {
				String name = this.reader.name(method);
				bind(listeners.computeIfAbsent(name, (key) -> new EnumMap<>(TcpEvent.class)), name, method);
			}
		}
		for (DiscoveredMethod method : methods) {
			if (method.event() != TcpEvent.DATA) {
				String name = listenerOf(method, listeners);
				bind(listeners.get(name), name, method);
			}
		}
		List<TcpListenerEndpoint> endpoints = new ArrayList<>(listeners.size());
		listeners.forEach((name, handlers) -> endpoints.add(endpoint(name, handlers)));
		return endpoints;
	}

	private static void bind(Map<TcpEvent, DiscoveredMethod> handlers, String name, DiscoveredMethod method) {
		DiscoveredMethod existing = handlers.putIfAbsent(method.event(), method);
		if (existing != null) {
			String annotation = method.event().annotationName();
			throw new InvalidListenerException(name,
					"Listener '" + name + "' has two " + annotation + " methods: " + existing.description() + " and "
							+ method.description() + ".",
					"Keep one " + annotation + " method for listener '" + name + "', or give the other its own "
							+ "listener name.");
		}
	}

	private String listenerOf(DiscoveredMethod method, Map<String, Map<TcpEvent, DiscoveredMethod>> listeners) {
		String annotation = method.event().annotationName();
		String declared = this.reader.resolveName(method.declaredListenerName());
		if (StringUtils.hasText(declared)) {
			if (!listeners.containsKey(declared)) {
				throw new InvalidListenerException(declared,
						annotation + " method " + method.description() + " names listener '" + declared
								+ "', but no @TcpListener method declares it (listeners: " + listeners.keySet() + ").",
						"Declare @TcpListener(name = \"" + declared + "\") on a method, or correct the name in "
								+ annotation + ".");
			}
			return declared;
		}
		List<String> inSameBean = new ArrayList<>();
		listeners.forEach((name, handlers) -> {
			if (handlers.get(TcpEvent.DATA).beanName().equals(method.beanName())) {
				inSameBean.add(name);
			}
		});
		if (inSameBean.size() != 1) {
			String problem = inSameBean.isEmpty() ? "its bean declares no @TcpListener method"
					: "its bean declares several @TcpListener methods " + inSameBean;
			throw new InvalidListenerException(method.beanName(),
					annotation + " method " + method.description() + " names no listener, and " + problem + ".",
					"Name the listener, as in " + annotation + "(\"name\").");
		}
		return inSameBean.get(0);
	}

	private TcpListenerEndpoint endpoint(String name, Map<TcpEvent, DiscoveredMethod> handlers) {
		DiscoveredMethod data = handlers.get(TcpEvent.DATA);
		TcpListenerSettings settings = settings(name, data);
		TcpListenOptions options;
		try {
			options = settings.toListenOptions().withTls(this.tls.options(settings));
		}
		catch (IllegalArgumentException ex) {
			throw invalidSettings(name, data, ex);
		}
		HandlerMethodInvokerFactory invokers = new HandlerMethodInvokerFactory(settings);
		Map<TcpEvent, HandlerMethodInvoker> invokerMap = new EnumMap<>(TcpEvent.class);
		handlers.forEach((event, method) -> invokerMap.put(event, invokers.create(method)));
		TcpHandler<Object> handler = new AnnotatedTcpHandler(name, invokerMap);
		for (TcpHandlerDecorator decorator : this.decorators) {
			handler = decorator.decorate(name, handler);
		}
		if (settings.getDispatch() == Dispatch.EXECUTOR) {
			handler = new DispatchingTcpHandler(handler, executorFor(name));
		}
		return new TcpListenerEndpoint(name, data.description(), options, handler);
	}

	private TcpListenerSettings settings(String name, DiscoveredMethod data) {
		try {
			TcpListenerSettings settings = this.reader.read((TcpListener) data.annotation(), name,
					data.description());
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

	private Executor executorFor(String name) {
		Executor executor = this.executor.get();
		if (executor == null) {
			throw new InvalidListenerException(name,
					"Listener '" + name + "' dispatches on an executor, but the application has no task executor.",
					"Define an AsyncTaskExecutor bean named 'applicationTaskExecutor' (Spring Boot's task execution "
							+ "auto-configuration does), or let the listener run on the event loop.");
		}
		return executor;
	}

}
