package io.sockwork.boot.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a bean method the {@code data} handler of a UDP socket (Bun's
 * {@code Bun.udpSocket}). Parameters are resolved by type ({@code UdpChannel},
 * {@code byte[]}, {@code ByteBuffer}, {@code String} decoded as UTF-8, and
 * {@code InetSocketAddress} for the sender); a {@code byte[]}, {@code ByteBuffer} or
 * {@code CharSequence} return value is sent back to the sender. {@link OnDrain} and
 * {@link OnError} bind the socket's other events. String attributes take {@code ${...}}
 * placeholders, and {@code sockwork.udp.sockets.<name>.*} properties override them.
 * Multicast groups are joined when the socket starts and left when it stops.
 */
@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface UdpSocket {

	/**
	 * The socket's name, unique among the listeners and UDP sockets of the application;
	 * by default {@code <beanName>.<methodName>}.
	 * @return the name
	 */
	String name() default "";

	/**
	 * The address to bind; empty for every interface. Bind {@code 0.0.0.0} to receive
	 * IPv4 multicast.
	 * @return the host
	 */
	String host() default "";

	/**
	 * The port, {@code 0} for an ephemeral one; empty when
	 * {@code sockwork.udp.sockets.<name>.port} provides it.
	 * @return the port
	 */
	String port() default "";

	/**
	 * The peer to connect the socket to (Bun's {@code connect: {hostname}}), so that
	 * {@code send(data)} needs no address and only the peer's datagrams are received;
	 * empty for an unconnected socket. {@code sockwork.udp.sockets.<name>.connect.host}
	 * overrides it.
	 * @return the peer's host
	 */
	String connectHost() default "";

	/**
	 * The peer's port (Bun's {@code connect: {port}}), with {@link #connectHost()}.
	 * @return the peer's port
	 */
	String connectPort() default "";

	/**
	 * The multicast groups to join, as IP literals.
	 * @return the groups
	 */
	String[] groups() default {};

	/**
	 * The interface that joins the groups and sends multicast datagrams, as a name such
	 * as {@code lo} or one of its addresses; empty for the default.
	 * @return the interface
	 */
	String multicastInterface() default "";

	/**
	 * The only source to receive the groups' datagrams from (source-specific membership),
	 * as an IP literal; empty for any source.
	 * @return the source
	 */
	String source() default "";

	/**
	 * The TTL of multicast datagrams sent, from 0 to 255; empty for the system's default
	 * (1).
	 * @return the multicast TTL
	 */
	String multicastTtl() default "";

	/**
	 * Whether multicast datagrams sent are looped back to local sockets, {@code true} or
	 * {@code false}; empty for the system's default.
	 * @return the multicast loopback
	 */
	String multicastLoopback() default "";

	/**
	 * Where the handlers of this UDP socket run: {@link Dispatch#EXECUTOR} for handlers
	 * that block.
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
	 * above which datagrams are dropped, as a data size such as {@code 64KB}; empty for
	 * 64KB.
	 * @return the dispatch queue's high-water mark
	 */
	String dispatchQueueHighWaterMark() default "";

	/**
	 * With {@link Dispatch#EXECUTOR}, the queued bytes under which a socket that stopped
	 * reading reads again, as a data size such as {@code 32KB}; empty for 32KB.
	 * @return the dispatch queue's low-water mark
	 */
	String dispatchQueueLowWaterMark() default "";

}
