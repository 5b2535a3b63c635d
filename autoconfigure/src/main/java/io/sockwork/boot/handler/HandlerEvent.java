package io.sockwork.boot.handler;

import java.lang.annotation.Annotation;
import java.util.function.Function;

import io.sockwork.boot.annotation.OnClose;
import io.sockwork.boot.annotation.OnConnectError;
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
 * The events of TCP listeners, TCP clients and UDP sockets, each with the annotation that
 * binds a method to it. {@link #DATA} declares a TCP listener, {@link #CLIENT_DATA} a TCP
 * client and {@link #DATAGRAM} a UDP socket; the other events name one of them.
 */
public enum HandlerEvent {

	OPEN(OnOpen.class, OnOpen::value),

	DATA(TcpListener.class, TcpListener::name),

	DATAGRAM(UdpSocket.class, UdpSocket::name),

	CLIENT_DATA(TcpClient.class, TcpClient::name),

	DRAIN(OnDrain.class, OnDrain::value),

	CLOSE(OnClose.class, OnClose::value),

	ERROR(OnError.class, OnError::value),

	END(OnEnd.class, OnEnd::value),

	TIMEOUT(OnTimeout.class, OnTimeout::value),

	HANDSHAKE(OnHandshake.class, OnHandshake::value),

	CONNECT_ERROR(OnConnectError.class, OnConnectError::value);

	private final Class<? extends Annotation> annotationType;

	private final Function<Annotation, String> listenerName;

	@SuppressWarnings("unchecked")
	<A extends Annotation> HandlerEvent(Class<A> annotationType, Function<A, String> listenerName) {
		this.annotationType = annotationType;
		this.listenerName = (Function<Annotation, String>) listenerName;
	}

	/**
	 * The annotation that binds a method to this event.
	 * @return the annotation type
	 */
	public Class<? extends Annotation> annotationType() {
		return this.annotationType;
	}

	/**
	 * Whether the annotation of this event declares a listener, client or UDP socket,
	 * rather than naming one.
	 */
	public boolean declares() {
		return this == DATA || this == DATAGRAM || this == CLIENT_DATA;
	}

	/**
	 * Whether the event carries received bytes.
	 */
	public boolean carriesData() {
		return declares();
	}

	/**
	 * Whether a UDP socket has this event.
	 */
	public boolean isUdp() {
		return this == DATAGRAM || this == DRAIN || this == ERROR;
	}

	/**
	 * Whether only a TCP client has this event.
	 */
	public boolean isClientOnly() {
		return this == CONNECT_ERROR;
	}

	/**
	 * The listener name an annotation of this event gives, possibly empty.
	 */
	public String listenerName(Annotation annotation) {
		return this.listenerName.apply(annotation);
	}

	/**
	 * How the annotation is shown in messages, such as {@code @OnOpen}.
	 */
	public String annotationName() {
		return "@" + this.annotationType.getSimpleName();
	}

}
