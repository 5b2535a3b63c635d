package io.sockwork.boot.handler;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executor;

import io.sockwork.boot.config.InvalidListenerException;
import io.sockwork.boot.config.TcpClientSettings;
import io.sockwork.boot.config.TcpListenerSettings;
import io.sockwork.boot.config.UdpSocketSettings;
import io.sockwork.core.SocketEvent;
import io.sockwork.core.TcpHandler;
import io.sockwork.core.UdpHandler;

/**
 * Builds the engine's handler sets from the annotated methods of one listener, client or
 * UDP socket: the entry point of invocation for discovery.
 */
public final class AnnotatedHandlers {

	private AnnotatedHandlers() {
	}

	/**
	 * The handler set of a TCP listener.
	 * @param settings the listener's settings (charset and framing shape the arguments
	 * and replies)
	 * @param methods the listener's methods by event
	 * @return the handler set
	 * @throws io.sockwork.boot.config.InvalidListenerException if a method's parameters
	 * or return type are not supported
	 */
	public static TcpHandler<Object> tcpListener(TcpListenerSettings settings,
			Map<SocketEvent, DiscoveredMethod> methods) {
		return new AnnotatedTcpHandler(settings.getName(),
				invokers(HandlerMethodInvokerFactory.tcp(settings), methods));
	}

	/**
	 * The handler set of a TCP client: its data method is the data handler.
	 * @param settings the client's settings
	 * @param methods the client's methods by event
	 * @return the handler set
	 * @throws io.sockwork.boot.config.InvalidListenerException if a method's parameters
	 * or return type are not supported
	 */
	public static TcpHandler<Object> tcpClient(TcpClientSettings settings, Map<SocketEvent, DiscoveredMethod> methods) {
		return new AnnotatedTcpHandler(settings.getName(),
				invokers(HandlerMethodInvokerFactory.tcpClient(settings), methods));
	}

	/**
	 * The handler of a UDP socket.
	 * @param settings the socket's settings
	 * @param methods the socket's methods by event
	 * @return the handler
	 * @throws io.sockwork.boot.config.InvalidListenerException if a method's parameters
	 * or return type are not supported
	 */
	public static UdpHandler udpSocket(UdpSocketSettings settings, Map<SocketEvent, DiscoveredMethod> methods) {
		return new AnnotatedUdpHandler(settings.getName(),
				invokers(HandlerMethodInvokerFactory.udp(settings), methods));
	}

	/**
	 * A handler set that runs {@code handler} on {@code executor}, in order per socket.
	 * @param handler the handler set
	 * @param executor the executor
	 * @return the dispatching handler set
	 */
	public static TcpHandler<Object> dispatching(TcpHandler<Object> handler, Executor executor) {
		return new DispatchingTcpHandler(handler, executor);
	}

	private static Map<SocketEvent, HandlerMethodInvoker> invokers(HandlerMethodInvokerFactory factory,
			Map<SocketEvent, DiscoveredMethod> methods) {
		Map<SocketEvent, HandlerMethodInvoker> invokers = new EnumMap<>(SocketEvent.class);
		methods.forEach((event, method) -> invokers.put(event, factory.create(method)));
		return invokers;
	}

}
