package io.sockwork.boot.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a bean method the {@code open} handler of a {@link TcpListener} or
 * {@link TcpClient}: the socket is open.
 */
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface OnOpen {

	/**
	 * The name of the listener; may be left empty in a bean that declares exactly one
	 * {@link TcpListener}.
	 * @return the listener name
	 */
	String value() default "";

}
