package io.sockwork.boot.listener;

import java.lang.annotation.Annotation;
import java.util.function.Function;

import io.sockwork.boot.annotation.OnClose;
import io.sockwork.boot.annotation.OnDrain;
import io.sockwork.boot.annotation.OnEnd;
import io.sockwork.boot.annotation.OnError;
import io.sockwork.boot.annotation.OnHandshake;
import io.sockwork.boot.annotation.OnOpen;
import io.sockwork.boot.annotation.OnTimeout;
import io.sockwork.boot.annotation.TcpListener;

/**
 * The events of a TCP listener, each with the annotation that binds a method to it.
 */
enum TcpEvent {

	OPEN(OnOpen.class, OnOpen::value),

	DATA(TcpListener.class, TcpListener::name),

	DRAIN(OnDrain.class, OnDrain::value),

	CLOSE(OnClose.class, OnClose::value),

	ERROR(OnError.class, OnError::value),

	END(OnEnd.class, OnEnd::value),

	TIMEOUT(OnTimeout.class, OnTimeout::value),

	HANDSHAKE(OnHandshake.class, OnHandshake::value);

	private final Class<? extends Annotation> annotationType;

	private final Function<Annotation, String> listenerName;

	@SuppressWarnings("unchecked")
	<A extends Annotation> TcpEvent(Class<A> annotationType, Function<A, String> listenerName) {
		this.annotationType = annotationType;
		this.listenerName = (Function<Annotation, String>) listenerName;
	}

	Class<? extends Annotation> annotationType() {
		return this.annotationType;
	}

	/**
	 * The listener name an annotation of this event gives, possibly empty.
	 */
	String listenerName(Annotation annotation) {
		return this.listenerName.apply(annotation);
	}

	/**
	 * How the annotation is shown in messages, such as {@code @OnOpen}.
	 */
	String annotationName() {
		return "@" + this.annotationType.getSimpleName();
	}

}
