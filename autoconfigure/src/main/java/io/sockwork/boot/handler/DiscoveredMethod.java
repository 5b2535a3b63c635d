package io.sockwork.boot.handler;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

import io.sockwork.core.SocketEvent;

/**
 * An annotated handler method found on a bean, before it is bound to its listener.
 *
 * @param bean the bean (possibly a proxy)
 * @param beanName the bean's name
 * @param method the annotated method of the bean's target class
 * @param kind the annotation that binds it, which gives its event
 * @param annotation the annotation found on it
 */
public record DiscoveredMethod(Object bean, String beanName, Method method, HandlerAnnotation kind,
		Annotation annotation) {

	/**
	 * The event the method handles.
	 * @return the event
	 */
	public SocketEvent event() {
		return this.kind.event();
	}

	/**
	 * The listener name the annotation gives, possibly empty.
	 * @return the name
	 */
	public String declaredListenerName() {
		return this.kind.socketName(this.annotation);
	}

	/**
	 * The method as shown in messages: class, name and parameter types.
	 */
	public String description() {
		return Methods.describe(this.method);
	}

}
