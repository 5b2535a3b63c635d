package io.sockwork.boot.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a bean method the {@code drain} handler of a {@link TcpListener},
 * {@link TcpClient} or {@link UdpSocket}: the outbound buffer drained after a write or
 * send was refused or cut short.
 */
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface OnDrain {

	/**
	 * The name of the listener or UDP socket; may be left empty in a bean that declares
	 * exactly one {@link TcpListener} or {@link UdpSocket}.
	 * @return the listener or socket name
	 */
	String value() default "";

}
