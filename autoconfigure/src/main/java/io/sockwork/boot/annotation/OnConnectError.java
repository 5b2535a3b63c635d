package io.sockwork.boot.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a bean method the {@code connectError} handler of a {@link TcpClient}: an attempt
 * to connect failed (refused, timed out, or its TLS handshake failed), and the client
 * tries again after its backoff. The method may take the {@code Throwable} that made it
 * fail and the socket that did not connect.
 */
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface OnConnectError {

	/**
	 * The name of the client; may be left empty in a bean that declares exactly one
	 * {@link TcpClient}.
	 * @return the client name
	 */
	String value() default "";

}
