package io.sockwork.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects the port that a listener or UDP socket of the application bound, as
 * {@code @LocalServerPort} does for the web server: the value of
 * {@code local.sockwork.tcp.<name>.port}, or {@code local.sockwork.udp.<name>.port} when
 * no listener has that name. Works on fields and setter methods of test classes and beans
 * created after the sockets bound. Declare the socket on port 0 in the test to get a free
 * port.
 */
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface LocalSocketPort {

	/**
	 * The name of the listener or UDP socket.
	 * @return the socket's name
	 */
	String value();

}
