package io.sockwork.boot.listener;

import java.lang.reflect.Method;

import org.springframework.aop.support.AopUtils;
import org.springframework.core.MethodParameter;

/**
 * Builds the {@link HandlerMethodInvoker} of a method once, at start-up, and fails with a message naming the method
 * when a parameter or the return type is not supported.
 */
final class HandlerMethodInvokerFactory {

	private final TcpListenerSettings settings;

	private final HandlerArgumentResolverComposite resolvers;

	HandlerMethodInvokerFactory(TcpListenerSettings settings) {
		this.settings = settings;
		this.resolvers = HandlerArgumentResolverComposite.defaults(settings.getCharset());
	}

	HandlerMethodInvoker create(DiscoveredMethod discovered) {
		Method method = discovered.method();
		HandlerArgumentResolver[] argumentResolvers = new HandlerArgumentResolver[method.getParameterCount()];
		for (int i = 0; i < argumentResolvers.length; i++) {
			argumentResolvers[i] = resolverFor(discovered, new MethodParameter(method, i));
		}
		return new HandlerMethodInvoker(discovered.description(), discovered.bean(), invocable(discovered),
				argumentResolvers, returnValueWriter(discovered));
	}

	private HandlerArgumentResolver resolverFor(DiscoveredMethod discovered, MethodParameter parameter) {
		HandlerArgumentResolver resolver = this.resolvers.resolverFor(parameter, discovered.event());
		if (resolver == null) {
			throw invalid("Parameter " + parameter.getParameterIndex() + " of type "
					+ parameter.getParameterType().getName() + " of " + discovered.event().annotationName()
					+ " method " + discovered.description() + " is not supported.",
					"Declare only parameters of the types " + supportedTypes(discovered.event()) + ".");
		}
		return resolver;
	}

	private static String supportedTypes(TcpEvent event) {
		return switch (event) {
			case DATA -> "TcpSocket, ByteBuffer, byte[] and String";
			case ERROR, CLOSE -> "TcpSocket and Throwable";
			case HANDSHAKE -> "TcpSocket, boolean (success) and Throwable";
			default -> "TcpSocket";
		};
	}

	private ReturnValueWriter returnValueWriter(DiscoveredMethod discovered) {
		Class<?> type = discovered.method().getReturnType();
		ReturnValueWriter writer = ReturnValueWriter.forType(type, this.settings.getCharset());
		if (discovered.event() == TcpEvent.CLOSE && writer != ReturnValueWriter.NONE) {
			throw invalid("Return type " + type.getName() + " of @OnClose method " + discovered.description()
					+ " is not supported.", "Return void: a closed socket cannot be written to.");
		}
		if (writer == null) {
			throw invalid("Return type " + type.getName() + " of " + discovered.event().annotationName()
					+ " method " + discovered.description() + " is not supported.",
					"Return void, or byte[], ByteBuffer or a CharSequence to write it back to the socket.");
		}
		return writer;
	}

	private Method invocable(DiscoveredMethod discovered) {
		try {
			return AopUtils.selectInvocableMethod(discovered.method(), discovered.bean().getClass());
		}
		catch (IllegalStateException ex) {
			throw invalid(discovered.event().annotationName() + " method " + discovered.description()
					+ " cannot be called on the proxy of bean '" + discovered.beanName() + "': " + ex.getMessage(),
					"Make the method public, or declare it on the interface the proxy implements.");
		}
	}

	private InvalidListenerException invalid(String description, String action) {
		return new InvalidListenerException(this.settings.getName(), description, action);
	}

}
