package io.sockwork.boot.handler;

import java.lang.reflect.Method;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import io.sockwork.boot.annotation.FramingType;
import io.sockwork.boot.config.InvalidListenerException;
import io.sockwork.boot.config.TcpSettings;
import io.sockwork.boot.config.UdpSocketSettings;
import io.sockwork.core.SocketEvent;

import org.springframework.aop.support.AopUtils;
import org.springframework.core.MethodParameter;

/**
 * Builds the {@link HandlerMethodInvoker} of a method once, at start-up, and fails with a
 * message naming the method when a parameter or the return type is not supported.
 */
final class HandlerMethodInvokerFactory {

	private final String name;

	private final Charset charset;

	private final HandlerArgumentResolverComposite resolvers;

	private final Replier replier;

	private HandlerMethodInvokerFactory(String name, Charset charset, HandlerArgumentResolverComposite resolvers,
			Replier replier) {
		this.name = name;
		this.charset = charset;
		this.resolvers = resolvers;
		this.replier = replier;
	}

	/**
	 * The factory of a TCP listener's or client's methods: with a framing, a returned
	 * value is written as one frame.
	 */
	static HandlerMethodInvokerFactory tcp(TcpSettings settings) {
		return new HandlerMethodInvokerFactory(settings.getName(), settings.getCharset(),
				HandlerArgumentResolverComposite.tcp(settings.getCharset()),
				(settings.getFraming().getType() != FramingType.RAW) ? Replier.TCP_FRAME : Replier.TCP);
	}

	/**
	 * The factory of a UDP socket's methods: text is UTF-8.
	 */
	static HandlerMethodInvokerFactory udp(UdpSocketSettings settings) {
		return new HandlerMethodInvokerFactory(settings.getName(), StandardCharsets.UTF_8,
				HandlerArgumentResolverComposite.udp(), Replier.UDP);
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
			throw invalid(
					"Parameter " + parameter.getParameterIndex() + " of type " + parameter.getParameterType().getName()
							+ " of " + discovered.kind().displayName() + " method " + discovered.description()
							+ " is not supported.",
					"Declare only parameters of the types " + this.resolvers.supportedTypes(discovered.event()) + ".");
		}
		return resolver;
	}

	private ReturnValueWriter returnValueWriter(DiscoveredMethod discovered) {
		Class<?> type = discovered.method().getReturnType();
		ReturnValueWriter writer = ReturnValueWriter.forType(type, this.charset, this.replier);
		String annotation = discovered.kind().displayName();
		if (discovered.event() == SocketEvent.CLOSE && writer != ReturnValueWriter.NONE) {
			throw invalid("Return type " + type.getName() + " of @OnClose method " + discovered.description()
					+ " is not supported.", "Return void: a closed socket cannot be written to.");
		}
		if (this.replier == Replier.UDP && discovered.event() != SocketEvent.DATA && writer != ReturnValueWriter.NONE) {
			throw invalid(
					"Return type " + type.getName() + " of " + annotation + " method " + discovered.description()
							+ " of UDP socket '" + this.name + "' is not supported.",
					"Return void: a UDP socket replies only to the sender of the datagram being handled.");
		}
		if (writer == null) {
			throw invalid(
					"Return type " + type.getName() + " of " + annotation + " method " + discovered.description()
							+ " is not supported.",
					"Return void, or byte[], ByteBuffer or a CharSequence to send it back.");
		}
		return writer;
	}

	private Method invocable(DiscoveredMethod discovered) {
		try {
			return AopUtils.selectInvocableMethod(discovered.method(), discovered.bean().getClass());
		}
		catch (IllegalStateException ex) {
			throw invalid(discovered.kind().displayName() + " method " + discovered.description()
					+ " cannot be called on the proxy of bean '" + discovered.beanName() + "': " + ex.getMessage(),
					"Make the method public, or declare it on the interface the proxy implements.");
		}
	}

	private InvalidListenerException invalid(String description, String action) {
		return new InvalidListenerException(this.name, description, action);
	}

}
