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
 * socket is {@code SocketRegistry.client(name)}. A client has a listener's framing,
 * socket options, idle timeout and write buffer limits. String attributes take
 * {@code ${...}} placeholders, and {@code sockwork.tcp.clients.<name>.*} properties
 * override them.
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
	 * Where the handlers of this client run: {@link Dispatch#EXECUTOR} for handlers that
	 * block.
	 * @return the dispatch mode
	 */
	Dispatch dispatch() default Dispatch.EVENT_LOOP;

	/**
	 * The name of the {@code Executor} bean that runs the handlers with
	 * {@link Dispatch#EXECUTOR}; empty for the application's task executor
	 * ({@code applicationTaskExecutor}, virtual threads with
	 * {@code spring.threads.virtual.enabled=true}).
	 * @return the executor bean name
	 */
	String executor() default "";

	/**
	 * With {@link Dispatch#EXECUTOR}, the received bytes queued for one socket's handlers
	 * above which the socket stops reading, as a data size such as {@code 64KB}; empty
	 * for 64KB.
	 * @return the dispatch queue's high-water mark
	 */
	String dispatchQueueHighWaterMark() default "";

	/**
	 * With {@link Dispatch#EXECUTOR}, the queued bytes under which a socket that stopped
	 * reading reads again, as a data size such as {@code 32KB}; empty for 32KB.
	 * @return the dispatch queue's low-water mark
	 */
	String dispatchQueueLowWaterMark() default "";

	/**
	 * Whether only the host's IPv6 addresses are tried (Bun's {@code ipv6Only}).
	 * @return whether the client is IPv6 only
	 */
	boolean ipv6Only() default false;

	/**
	 * The time without traffic after which the connection gets {@code timeout} and is
	 * closed (and connected again), as a duration such as {@code 5m}; empty for none.
	 * @return the idle timeout
	 */
	String idleTimeout() default "";

	/**
	 * Whether TCP_NODELAY is set.
	 * @return whether Nagle's algorithm is off
	 */
	boolean noDelay() default true;

	/**
	 * Whether SO_KEEPALIVE is set.
	 * @return whether keep-alive probes are sent
	 */
	boolean keepAlive() default false;

	/**
	 * The outbound buffer size above which writes are cut short, as a data size such as
	 * {@code 64KB}; empty for the default.
	 * @return the high-water mark
	 */
	String highWaterMark() default "";

	/**
	 * The outbound buffer size under which {@code drain} fires, as a data size such as
	 * {@code 32KB}; empty for the default.
	 * @return the low-water mark
	 */
	String lowWaterMark() default "";

	/**
	 * How the byte stream is cut into the messages the data handler receives, as for a
	 * {@link TcpListener#framing() listener};
	 * {@code sockwork.tcp.clients.<name>.framing.*} overrides this and the other framing
	 * attributes.
	 * @return the framing
	 */
	FramingType framing() default FramingType.RAW;

	/**
	 * The most bytes of a frame (lines, delimiter and length-prefixed framing), as a data
	 * size such as {@code 64KB}; empty for 64KB. A longer frame closes the connection.
	 * @return the maximum frame length
	 */
	String maxFrameLength() default "";

	/**
	 * The delimiter of delimiter framing: text (UTF-8), or {@code hex:} and hex digits
	 * for any bytes.
	 * @return the delimiter
	 */
	String frameDelimiter() default "";

	/**
	 * The bytes of the length field of length-prefixed framing: 1, 2 or 4.
	 * @return the length field's size
	 */
	int lengthFieldLength() default 4;

	/**
	 * Whether the length field of length-prefixed framing is little-endian (big-endian
	 * otherwise).
	 * @return whether the length field is little-endian
	 */
	boolean lengthFieldLittleEndian() default false;

	/**
	 * The bytes of every frame of fixed framing.
	 * @return the frame length
	 */
	int frameLength() default 0;

}
