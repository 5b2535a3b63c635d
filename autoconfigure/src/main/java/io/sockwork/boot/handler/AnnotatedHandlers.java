package io.sockwork.boot.handler;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Executor;

import io.sockwork.boot.config.InvalidListenerException;
import io.sockwork.boot.config.SocketSettings;
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
	 * @param settings the client's settings (charset and framing shape the arguments and
	 * replies)
	 * @param methods the client's methods by event
	 * @return the handler set
	 * @throws io.sockwork.boot.config.InvalidListenerException if a method's parameters
	 * or return type are not supported
	 */
	public static TcpHandler<Object> tcpClient(TcpClientSettings settings, Map<SocketEvent, DiscoveredMethod> methods) {
		return new AnnotatedTcpHandler(settings.getName(),
				invokers(HandlerMethodInvokerFactory.tcp(settings), methods));
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
	 * A handler set that runs {@code handler} on {@code executor}, in order per socket,
	 * with a queue per socket bounded by the settings' dispatch-queue water marks.
	 * @param handler the handler set
	 * @param executor the executor
	 * @param settings the settings of the listener or client
	 * @return the dispatching handler set
	 * @throws IllegalArgumentException if the water marks are not valid
	 */
	public static TcpHandler<Object> dispatching(TcpHandler<Object> handler, Executor executor,
			SocketSettings settings) {
		return new DispatchingTcpHandler(handler, executor, limits(settings));
	}

	/**
	 * A handler that runs {@code handler} on {@code executor}, in order, dropping the
	 * datagrams past the settings' dispatch-queue high-water mark.
	 * @param handler the handler
	 * @param executor the executor
	 * @param settings the settings of the UDP socket
	 * @return the dispatching handler
	 * @throws IllegalArgumentException if the water marks are not valid
	 */
	public static UdpHandler dispatching(UdpHandler handler, Executor executor, SocketSettings settings) {
		return new DispatchingUdpHandler(handler, executor, limits(settings));
	}

	private static DispatchLimits limits(SocketSettings settings) {
		return new DispatchLimits(settings.getDispatchQueueHighWaterMark().toBytes(),
				settings.getDispatchQueueLowWaterMark().toBytes());
	}

	private static Map<SocketEvent, HandlerMethodInvoker> invokers(HandlerMethodInvokerFactory factory,
			Map<SocketEvent, DiscoveredMethod> methods) {
		Map<SocketEvent, HandlerMethodInvoker> invokers = new EnumMap<>(SocketEvent.class);
		methods.forEach((event, method) -> invokers.put(event, factory.create(method)));
		return invokers;
	}

}
