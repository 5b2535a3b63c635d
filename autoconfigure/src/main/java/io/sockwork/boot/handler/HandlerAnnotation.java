package io.sockwork.boot.handler;

import java.lang.annotation.Annotation;
import java.util.function.Function;

import io.sockwork.boot.annotation.OnClose;
import io.sockwork.boot.annotation.OnDrain;
import io.sockwork.boot.annotation.OnEnd;
import io.sockwork.boot.annotation.OnError;
import io.sockwork.boot.annotation.OnHandshake;
import io.sockwork.boot.annotation.OnOpen;
import io.sockwork.boot.annotation.OnTimeout;
import io.sockwork.boot.annotation.TcpClient;
import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.boot.annotation.UdpSocket;
import io.sockwork.core.SocketEvent;

/**
 * The annotations that bind a method to a socket: {@link #TCP_LISTENER},
 * {@link #TCP_CLIENT} and {@link #UDP_SOCKET} declare a socket of their kind and bind its
 * {@code data} handler; the others name a declared socket and bind one event.
 */
public enum HandlerAnnotation {

	TCP_LISTENER(TcpListener.class, TcpListener::name, SocketEvent.DATA),

	TCP_CLIENT(TcpClient.class, TcpClient::name, SocketEvent.DATA),

	UDP_SOCKET(UdpSocket.class, UdpSocket::name, SocketEvent.DATA),

	ON_OPEN(OnOpen.class, OnOpen::value, SocketEvent.OPEN),

	ON_DRAIN(OnDrain.class, OnDrain::value, SocketEvent.DRAIN),

	ON_CLOSE(OnClose.class, OnClose::value, SocketEvent.CLOSE),

	ON_ERROR(OnError.class, OnError::value, SocketEvent.ERROR),

	ON_END(OnEnd.class, OnEnd::value, SocketEvent.END),

	ON_TIMEOUT(OnTimeout.class, OnTimeout::value, SocketEvent.TIMEOUT),

	ON_HANDSHAKE(OnHandshake.class, OnHandshake::value, SocketEvent.HANDSHAKE);

	private final Class<? extends Annotation> type;

	private final Function<Annotation, String> socketName;

	private final SocketEvent event;

	@SuppressWarnings("unchecked")
	<A extends Annotation> HandlerAnnotation(Class<A> type, Function<A, String> socketName, SocketEvent event) {
		this.type = type;
		this.socketName = (Function<Annotation, String>) socketName;
		this.event = event;
	}

	/**
	 * The annotation type.
	 * @return the type
	 */
	public Class<? extends Annotation> type() {
		return this.type;
	}

	/**
	 * The event a method with this annotation handles.
	 * @return the event
	 */
	public SocketEvent event() {
		return this.event;
	}

	/**
	 * Whether this annotation declares a listener, client or UDP socket, rather than
	 * naming one.
	 * @return whether it declares a socket
	 */
	public boolean declares() {
		return this == TCP_LISTENER || this == TCP_CLIENT || this == UDP_SOCKET;
	}

	/**
	 * The socket name an annotation of this type gives, possibly empty.
	 * @param annotation the annotation
	 * @return the name it declares or names
	 */
	public String socketName(Annotation annotation) {
		return this.socketName.apply(annotation);
	}

	/**
	 * How the annotation is shown in messages, such as {@code @OnOpen}.
	 * @return the name with an {@code @}
	 */
	public String displayName() {
		return "@" + this.type.getSimpleName();
	}

}
