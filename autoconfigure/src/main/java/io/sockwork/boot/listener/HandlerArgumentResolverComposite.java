package io.sockwork.boot.listener;

import java.nio.charset.Charset;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;

/**
 * The argument resolvers of one listener, asked in order; used at start-up only.
 */
final class HandlerArgumentResolverComposite {

	private final List<HandlerArgumentResolver> resolvers;

	HandlerArgumentResolverComposite(List<HandlerArgumentResolver> resolvers) {
		this.resolvers = List.copyOf(resolvers);
	}

	/**
	 * The resolvers every listener has, with {@code String} payloads decoded with {@code charset}.
	 */
	static HandlerArgumentResolverComposite defaults(Charset charset) {
		return new HandlerArgumentResolverComposite(List.of(new SocketArgumentResolver(),
				new ThrowableArgumentResolver(), new HandshakeSuccessArgumentResolver(),
				PayloadArgumentResolver.byteBuffer(), PayloadArgumentResolver.bytes(),
				PayloadArgumentResolver.string(charset)));
	}

	/**
	 * The first resolver that supports the parameter for the event.
	 */
	@Nullable HandlerArgumentResolver resolverFor(MethodParameter parameter, TcpEvent event) {
		for (HandlerArgumentResolver resolver : this.resolvers) {
			if (resolver.supportsParameter(parameter, event)) {
				return resolver;
			}
		}
		return null;
	}

}
