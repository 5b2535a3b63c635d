package io.sockwork.boot.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a bean method the {@code data} handler of a TCP client connection (Bun's
 * {@code Bun.connect}) that is opened when the context starts and opened again, with
 * exponential backoff, whenever it drops or fails to connect, until the context stops.
 * Parameters and return values are those of {@link TcpListener} methods; the other events
 * are bound by name with {@link OnOpen}, {@link OnDrain}, {@link OnClose},
 * {@link OnError}, {@link OnEnd}, {@link OnTimeout} and {@link OnHandshake}. The current
 * socket is {@code SocketRegistry.client(name)}. String attributes take {@code ${...}}
 * placeholders, and {@code sockwork.tcp.clients.<name>.*} properties override them.
 */
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface TcpClient {

	/**
	 * The client's name, unique among listeners, clients and UDP sockets; by default
	 * {@code <beanName>.<methodName>}.
	 * @return the name
	 */
	String name() default "";

	/**
	 * The host to connect to; empty when {@code sockwork.tcp.clients.<name>.host}
	 * provides it or the client connects to a Unix domain socket.
	 * @return the host
	 */
	String host() default "";

	/**
	 * The port to connect to; empty when {@code sockwork.tcp.clients.<name>.port}
	 * provides it.
	 * @return the port
	 */
	String port() default "";

	/**
	 * The Unix domain socket file to connect to instead of a host and port; empty for
	 * TCP.
	 * @return the socket file
	 */
	String unix() default "";

	/**
	 * How long one connection attempt may take, as a duration such as {@code 5s}; empty
	 * for the default (10s).
	 * @return the connect timeout
	 */
	String connectTimeout() default "";

	/**
	 * The charset that decodes {@code String} parameters and encodes returned text.
	 * @return the charset name
	 */
	String charset() default "UTF-8";

	/**
	 * The name of the Spring Boot SSL bundle ({@code spring.ssl.bundle.*}) whose trust
	 * store verifies the server (and whose key store, if any, is the client's
	 * certificate); empty for plain TCP.
	 * @return the SSL bundle name
	 */
	String tls() default "";

	/**
	 * Whether only the host's IPv6 addresses are tried (Bun's {@code ipv6Only}).
	 * @return whether the client is IPv6 only
	 */
	boolean ipv6Only() default false;

}
