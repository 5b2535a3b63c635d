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

/**
 * The annotations that bind a method to a socket: {@link #TCP_LISTENER},
 * {@link #TCP_CLIENT} and {@link #UDP_SOCKET} declare a socket of their kind and bind its
 * {@code data} handler; the others name a declared socket and bind one event.
 */
public enum HandlerAnnotation {

	TCP_LISTENER(TcpListener.class, TcpListener::name, HandlerEvent.DATA),

	TCP_CLIENT(TcpClient.class, TcpClient::name, HandlerEvent.DATA),

	UDP_SOCKET(UdpSocket.class, UdpSocket::name, HandlerEvent.DATA),

	ON_OPEN(OnOpen.class, OnOpen::value, HandlerEvent.OPEN),

	ON_DRAIN(OnDrain.class, OnDrain::value, HandlerEvent.DRAIN),

	ON_CLOSE(OnClose.class, OnClose::value, HandlerEvent.CLOSE),

	ON_ERROR(OnError.class, OnError::value, HandlerEvent.ERROR),

	ON_END(OnEnd.class, OnEnd::value, HandlerEvent.END),

	ON_TIMEOUT(OnTimeout.class, OnTimeout::value, HandlerEvent.TIMEOUT),

	ON_HANDSHAKE(OnHandshake.class, OnHandshake::value, HandlerEvent.HANDSHAKE);

	private final Class<? extends Annotation> type;

	private final Function<Annotation, String> socketName;

	private final HandlerEvent event;

	@SuppressWarnings("unchecked")
	<A extends Annotation> HandlerAnnotation(Class<A> type, Function<A, String> socketName, HandlerEvent event) {
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
	public HandlerEvent event() {
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
