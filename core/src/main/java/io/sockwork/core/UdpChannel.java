package io.sockwork.core;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * A bound UDP socket (Bun's {@code udpSocket}), named so that it never clashes with a
 * {@code @UdpSocket} annotation. Thread-safe. Addresses are IP literals: nothing here
 * looks up a name. Bad input throws {@link IllegalArgumentException} and leaves the
 * socket serving; setters and memberships either take effect or throw. A zero-length
 * datagram is accepted but never sent (Netty's transports skip empty writes): it counts
 * as {@link UdpStats#datagramsDropped() dropped}, not as sent.
 */
public interface UdpChannel extends AutoCloseable {

	/**
	 * Sends a datagram.
	 * @param data the payload
	 * @param port the recipient's port
	 * @param address the recipient's IP literal, such as {@code 127.0.0.1} or {@code ::1}
	 * @return {@code true} if it is on its way, {@code false} under backpressure: nothing
	 * was sent and {@link UdpHandler#drain drain} fires when sending can resume
	 * @throws IllegalArgumentException if the datagram is over the size limit, the
	 * address is not an IP literal or the socket is connected to another peer
	 * @throws IllegalStateException if the socket is closed
	 */
	boolean send(byte[] data, int port, String address);

	/**
	 * Sends a datagram of the buffer's remaining bytes; the buffer is left unchanged.
	 * @param data the payload
	 * @param port the recipient's port
	 * @param address the recipient's IP literal
	 * @return {@code false} under backpressure, as {@link #send(byte[], int, String)}
	 */
	boolean send(ByteBuffer data, int port, String address);

	/**
	 * Sends a datagram of the buffer's remaining bytes to a resolved address, such as the
	 * sender handed to {@link UdpHandler#data}: the way to reply without formatting and
	 * parsing the address again.
	 * @param data the payload
	 * @param recipient the recipient, resolved (no DNS lookup is made)
	 * @return {@code false} under backpressure, as {@link #send(byte[], int, String)}
	 * @throws IllegalArgumentException if the recipient is unresolved, or the socket is
	 * connected to another peer
	 */
	boolean send(ByteBuffer data, InetSocketAddress recipient);

	/**
	 * Sends a datagram of UTF-8 text.
	 * @param data the payload
	 * @param port the recipient's port
	 * @param address the recipient's IP literal
	 * @return {@code false} under backpressure, as {@link #send(byte[], int, String)}
	 */
	boolean send(CharSequence data, int port, String address);

	/**
	 * Sends a datagram to the peer of a connected socket.
	 * @param data the payload
	 * @return {@code false} under backpressure, as {@link #send(byte[], int, String)}
	 * @throws IllegalStateException if the socket is not connected, or closed
	 */
	boolean send(byte[] data);

	/**
	 * Sends a datagram of the buffer's remaining bytes to the peer of a connected socket.
	 * @param data the payload
	 * @return {@code false} under backpressure
	 */
	boolean send(ByteBuffer data);

	/**
	 * Sends a datagram of UTF-8 text to the peer of a connected socket.
	 * @param data the payload
	 * @return {@code false} under backpressure
	 */
	boolean send(CharSequence data);

	/**
	 * Sends datagrams in order with one flush. Every datagram is checked first: bad input
	 * sends none.
	 * @param datagrams the datagrams
	 * @return how many were sent: fewer than given under backpressure, and then
	 * {@link UdpHandler#drain drain} fires when sending can resume
	 */
	int sendMany(List<Datagram> datagrams);

	/**
	 * Sets SO_BROADCAST, to allow sending to broadcast addresses.
	 * @param broadcast whether broadcast is allowed
	 * @throws UdpSocketException if the transport refused the option
	 */
	void setBroadcast(boolean broadcast);

	/**
	 * Sets the IP time-to-live (hop limit for IPv6) of unicast datagrams. Java's NIO has
	 * no such option: this needs a native transport (epoll or io_uring).
	 * @param ttl the TTL, from 1 to 255
	 * @throws UnsupportedOperationException on the NIO transport
	 */
	void setTtl(int ttl);

	/**
	 * Sets the TTL of multicast datagrams (IP_MULTICAST_TTL).
	 * @param ttl the TTL, from 0 to 255
	 */
	void setMulticastTtl(int ttl);

	/**
	 * Sets whether multicast datagrams sent are looped back to local sockets
	 * (IP_MULTICAST_LOOP).
	 * @param loopback whether to loop back
	 */
	void setMulticastLoopback(boolean loopback);

	/**
	 * Sets the interface multicast datagrams are sent from (IP_MULTICAST_IF).
	 * @param addressOrInterfaceName an interface name such as {@code lo}, or one of its
	 * addresses such as {@code 127.0.0.1}
	 */
	void setMulticastInterface(String addressOrInterfaceName);

	/**
	 * Joins a multicast group on the default interface: the bound address's interface,
	 * else the {@link #setMulticastInterface multicast interface}, else the first
	 * multicast-capable interface that is up.
	 * @param group the group's IP literal
	 * @throws UdpSocketException if the join failed; the message names the group and
	 * interface
	 */
	default void addMembership(String group) {
		addMembership(group, null);
	}

	/**
	 * Joins a multicast group on an interface.
	 * @param group the group's IP literal
	 * @param networkInterface an interface name or address, or {@code null} for the
	 * default
	 * @throws UdpSocketException if the join failed; the message names the group and
	 * interface
	 */
	void addMembership(String group, @Nullable String networkInterface);

	/**
	 * Leaves a multicast group joined on the default interface.
	 * @param group the group's IP literal
	 * @throws UdpSocketException if the socket is not a member
	 */
	default void dropMembership(String group) {
		dropMembership(group, null);
	}

	/**
	 * Leaves a multicast group.
	 * @param group the group's IP literal
	 * @param networkInterface an interface name or address, or {@code null} for the
	 * default
	 * @throws UdpSocketException if the socket is not a member
	 */
	void dropMembership(String group, @Nullable String networkInterface);

	/**
	 * Joins a source-specific multicast group on the default interface: only
	 * {@code source}'s datagrams arrive.
	 * @param source the source's IP literal
	 * @param group the group's IP literal, usually in 232.0.0.0/8 or ff3x::/32
	 */
	default void addSourceSpecificMembership(String source, String group) {
		addSourceSpecificMembership(source, group, null);
	}

	/**
	 * Joins a source-specific multicast group on an interface.
	 * @param source the source's IP literal
	 * @param group the group's IP literal
	 * @param networkInterface an interface name or address, or {@code null} for the
	 * default
	 */
	void addSourceSpecificMembership(String source, String group, @Nullable String networkInterface);

	/**
	 * Leaves a source-specific multicast group joined on the default interface.
	 * @param source the source's IP literal
	 * @param group the group's IP literal
	 */
	default void dropSourceSpecificMembership(String source, String group) {
		dropSourceSpecificMembership(source, group, null);
	}

	/**
	 * Leaves a source-specific multicast group.
	 * @param source the source's IP literal
	 * @param group the group's IP literal
	 * @param networkInterface an interface name or address, or {@code null} for the
	 * default
	 */
	void dropSourceSpecificMembership(String source, String group, @Nullable String networkInterface);

	/**
	 * Closes the socket. Idempotent. Called off the socket's event loop, it returns once
	 * the port is free to bind again.
	 */
	@Override
	void close();

	/**
	 * Whether the socket is closed.
	 * @return {@code true} once closed
	 */
	boolean isClosed();

	/**
	 * The bound port.
	 * @return the port
	 */
	int port();

	/**
	 * The bound address and port.
	 * @return the local address
	 */
	InetSocketAddress address();

	/**
	 * The peer of a connected socket.
	 * @return the peer, or {@code null} when not connected
	 */
	@Nullable InetSocketAddress remoteAddress();

	/**
	 * Replaces the handler; the socket keeps its port and goes on receiving.
	 * @param handler the new handler
	 */
	void reload(UdpHandler handler);

	/**
	 * The socket's live counters.
	 * @return the counters
	 */
	UdpStats stats();

	/**
	 * The slot of the framework around the engine: Sockwork's executor dispatch keeps the
	 * socket's datagram queue here, so that it outlives a {@link #reload reload}.
	 * @param <A> the attachment's type
	 * @param ifAbsent makes the attachment on first use
	 * @return the attachment
	 */
	<A> A attachment(Supplier<A> ifAbsent);

	/**
	 * Counts a received datagram that a handler running off the event loop had no room
	 * for, in {@link UdpStats#datagramsDropped()}.
	 */
	void countDropped();

	/**
	 * Counts an exception thrown by a handler method that ran off the event loop, as the
	 * engine counts those of the event loop.
	 */
	void countHandlerError();

}
