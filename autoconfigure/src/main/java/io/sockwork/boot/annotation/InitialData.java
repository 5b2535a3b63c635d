package io.sockwork.boot.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a bean method, without parameters, the supplier of each accepted socket's initial
 * {@code data} for a {@link TcpListener} of the same bean (Bun's {@code Bun.listen({ data
 * })}): it runs once per socket, before {@code open}. Its return type must fit the
 * {@code TcpSocket<T>} parameters of the listener's handlers. A {@code data} bean named
 * by the annotation or the properties takes precedence.
 */
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface InitialData {

	/**
	 * The name of the listener; may be left empty in a bean that declares exactly one
	 * {@link TcpListener}.
	 * @return the listener name
	 */
	String value() default "";

}
