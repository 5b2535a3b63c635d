package io.sockwork.boot.handler;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.sockwork.core.SocketEvent;
import io.sockwork.core.TcpSocket;
import io.sockwork.core.UdpChannel;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;

/**
 * The argument resolvers of one listener or UDP socket, asked in order; used at start-up
 * only.
 */
final class HandlerArgumentResolverComposite {

	private final List<HandlerArgumentResolver> resolvers;

	HandlerArgumentResolverComposite(List<HandlerArgumentResolver> resolvers) {
		this.resolvers = List.copyOf(resolvers);
	}

	/**
	 * The resolvers of TCP listeners, with {@code String} payloads decoded with
	 * {@code charset}.
	 */
	static HandlerArgumentResolverComposite tcp(Charset charset) {
		return new HandlerArgumentResolverComposite(List.of(new SocketArgumentResolver(TcpSocket.class),
				new ThrowableArgumentResolver(), new HandshakeSuccessArgumentResolver(), new TlsInfoArgumentResolver(),
				PayloadArgumentResolver.byteBuffer(), PayloadArgumentResolver.bytes(),
				PayloadArgumentResolver.string(charset)));
	}

	/**
	 * The resolvers of UDP sockets, with {@code String} payloads decoded as UTF-8, as
	 * {@code UdpChannel} encodes the text it sends.
	 */
	static HandlerArgumentResolverComposite udp() {
		return new HandlerArgumentResolverComposite(List.of(new SocketArgumentResolver(UdpChannel.class),
				new ThrowableArgumentResolver(), PayloadArgumentResolver.byteBuffer(), PayloadArgumentResolver.bytes(),
				PayloadArgumentResolver.string(StandardCharsets.UTF_8), new SenderArgumentResolver()));
	}

	/**
	 * The first resolver that supports the parameter for the event.
	 */
	@Nullable HandlerArgumentResolver resolverFor(MethodParameter parameter, SocketEvent event) {
		for (HandlerArgumentResolver resolver : this.resolvers) {
			if (resolver.supportsParameter(parameter, event)) {
				return resolver;
			}
		}
		return null;
	}

	/**
	 * The parameter types the handlers of the event may declare, for messages, such as
	 * {@code "TcpSocket and Throwable"}.
	 */
	String supportedTypes(SocketEvent event) {
		List<String> types = this.resolvers.stream()
			.filter((resolver) -> resolver.supportsEvent(event))
			.map((resolver) -> resolver.parameterType().getSimpleName())
			.toList();
		if (types.size() < 2) {
			return String.join("", types);
		}
		return String.join(", ", types.subList(0, types.size() - 1)) + " and " + types.get(types.size() - 1);
	}

}
