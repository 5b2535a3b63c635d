package io.sockwork.boot.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a bean method the {@code error} handler of a {@link TcpListener},
 * {@link TcpClient} or {@link UdpSocket}: a handler threw, the connection failed or a
 * datagram was dropped; a {@code Throwable} parameter gets the error. The socket stays
 * open.
 */
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface OnError {

	/**
	 * The name of the listener or UDP socket; may be left empty in a bean that declares
	 * exactly one {@link TcpListener} or {@link UdpSocket}.
	 * @return the listener or socket name
	 */
	String value() default "";

}
