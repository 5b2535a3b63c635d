package io.sockwork.boot.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a bean method the {@code handshake} handler of a TLS {@link TcpListener}: the TLS
 * handshake completed. A {@code boolean} parameter gets whether it succeeded, a
 * {@code Throwable} parameter why it failed ({@code null} on success), a {@code TlsInfo}
 * parameter what it negotiated, including whether a client that does not verify its
 * server would have refused it and why ({@code authorized()},
 * {@code authorizationError()}, Bun's {@code authorized} and
 * {@code getAuthorizationError()}; {@code null} after a failure). After a successful
 * handshake {@code open} follows; a failed one closes the connection.
 */
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface OnHandshake {

	/**
	 * The name of the listener; may be left empty in a bean that declares exactly one
	 * {@link TcpListener}.
	 * @return the listener name
	 */
	String value() default "";

}
