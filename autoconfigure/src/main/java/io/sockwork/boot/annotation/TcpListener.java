package io.sockwork.boot.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a bean method the {@code data} handler of a TCP server (Bun's
 * {@code Bun.listen}). Parameters are resolved by type ({@code TcpSocket},
 * {@code byte[]}, {@code ByteBuffer}, {@code String}); a {@code byte[]},
 * {@code ByteBuffer} or {@code CharSequence} return value is written back to the socket.
 * The other events of the listener are bound with {@link OnOpen}, {@link OnDrain},
 * {@link OnClose}, {@link OnError}, {@link OnEnd}, {@link OnTimeout} and
 * {@link OnHandshake}. String attributes take {@code ${...}} placeholders, and
 * {@code sockwork.tcp.listeners.<name>.*} properties override them.
 */
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface TcpListener {

	/**
	 * The listener's name, unique in the application; by default
	 * {@code <beanName>.<methodName>}.
	 * @return the name
	 */
	String name() default "";

	/**
	 * The address to bind; empty for every interface.
	 * @return the host
	 */
	String host() default "";

	/**
	 * The port, {@code 0} for an ephemeral one; empty when
	 * {@code sockwork.tcp.listeners.<name>.port} provides it.
	 * @return the port
	 */
	String port() default "";

	/**
	 * The accept backlog, {@code 0} for the system's default.
	 * @return the backlog
	 */
	int backlog() default 0;

	/**
	 * Whether SO_REUSEPORT is set, so that several processes (or application contexts)
	 * listen on one port and the kernel spreads connections among them; needs a native
	 * transport (epoll or io_uring).
	 * @return whether the port is shared
	 */
	boolean reusePort() default false;

	/**
	 * The time without traffic after which a socket gets {@code timeout} and is closed,
	 * as a duration such as {@code 5m}; empty for none.
	 * @return the idle timeout
	 */
	String idleTimeout() default "";

	/**
	 * The most open connections, {@code 0} for no limit.
	 * @return the limit
	 */
	int maxConnections() default 0;

	/**
	 * Whether a socket stays open for writing after the peer ended its side.
	 * @return whether half-open sockets are allowed
	 */
	boolean allowHalfOpen() default false;

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
	 * Where the handlers of this listener run.
	 * @return the dispatch mode
	 */
	Dispatch dispatch() default Dispatch.EVENT_LOOP;

	/**
	 * The charset that decodes {@code String} parameters and encodes returned text.
	 * @return the charset name
	 */
	String charset() default "UTF-8";

	/**
	 * The name of the Spring Boot SSL bundle ({@code spring.ssl.bundle.*}) that makes
	 * this a TLS listener; empty for plain TCP.
	 * {@code sockwork.tcp.listeners.<name>.tls.*} sets client authentication and ALPN.
	 * @return the SSL bundle name
	 */
	String tls() default "";

	/**
	 * How the byte stream is cut into the messages the data handler receives; with a
	 * framing other than raw, the handler gets one whole frame per call and a returned
	 * value is written as one frame. {@code sockwork.tcp.listeners.<name>.framing.*}
	 * overrides this and the other framing attributes.
	 * @return the framing
	 */
	FramingType framing() default FramingType.RAW;

	/**
	 * The most bytes of a frame (lines, delimiter and length-prefixed framing), as a data
	 * size such as {@code 64KB}; empty for 64KB. A longer frame closes its connection.
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

	/**
	 * Whether every connection starts with a PROXY protocol (v1 or v2) header, as sent by
	 * a load balancer, whose source becomes the socket's remote address; connections
	 * without a valid header are closed.
	 * @return whether the PROXY protocol is expected
	 */
	boolean proxyProtocol() default false;

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
	 * Whether only IPv6 peers are accepted (Bun's {@code ipv6Only}); the host must be an
	 * IPv6 address, or empty for every IPv6 interface.
	 * @return whether the listener is IPv6 only
	 */
	boolean ipv6Only() default false;

	/**
	 * The name of a {@code Supplier} bean that gives each accepted socket its initial
	 * {@code data} (Bun's {@code Bun.listen({ data })}); empty for none. Its result must
	 * be of the type the handlers' {@code TcpSocket<T>} parameters declare.
	 * @return the bean name
	 */
	String data() default "";

}
