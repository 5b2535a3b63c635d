package io.sockwork.boot.handler;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

/**
 * An annotated handler method found on a bean, before it is bound to its listener.
 *
 * @param bean the bean (possibly a proxy)
 * @param beanName the bean's name
 * @param method the annotated method of the bean's target class
 * @param event the event it handles
 * @param annotation the annotation found on it
 */
public record DiscoveredMethod(Object bean, String beanName, Method method, HandlerEvent event, Annotation annotation) {

	/**
	 * The listener name the annotation gives, possibly empty.
	 */
	public String declaredListenerName() {
		return this.event.listenerName(this.annotation);
	}

	/**
	 * The method as shown in messages: class, name and parameter types.
	 */
	public String description() {
		return Methods.describe(this.method);
	}

}
