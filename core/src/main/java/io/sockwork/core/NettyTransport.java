package io.sockwork.core;

import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Path;
import java.util.function.Function;

import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.ServerChannel;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioChannelOption;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioDomainSocketChannel;
import io.netty.channel.socket.nio.NioServerDomainSocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import jdk.net.ExtendedSocketOptions;
import org.jspecify.annotations.Nullable;

/**
 * A resolved transport: the I/O handler factory of the event loops, the channel classes
 * that go with it, and how TCP socket options are set on those channels.
 *
 * @param transport the transport, never {@link Transport#AUTO}
 * @param ioHandlerFactory the factory of the event loops' I/O handlers
 * @param serverChannel the TCP server channel class
 * @param socketChannel the TCP client channel class
 * @param datagramChannel the UDP channel class
 * @param domain the Unix domain socket channel classes
 * @param keepIdle the TCP_KEEPIDLE option of this transport's channels (seconds)
 * @param ipv6Only the IPV6_V6ONLY option of this transport's channels, or {@code null}
 * where Java cannot set it (NIO: the engine then closes IPv4 peers at accept instead)
 */
record NettyTransport(Transport transport, IoHandlerFactory ioHandlerFactory,
		Class<? extends ServerChannel> serverChannel, Class<? extends SocketChannel> socketChannel,
		Class<? extends DatagramChannel> datagramChannel, Domain domain, ChannelOption<Integer> keepIdle,
		@Nullable ChannelOption<Integer> ipv6Only) {

	static NettyTransport nio() {
		return new NettyTransport(Transport.NIO, NioIoHandler.newFactory(), NioServerSocketChannel.class,
				NioSocketChannel.class, NioDatagramChannel.class, new Domain(NioServerDomainSocketChannel.class,
						NioDomainSocketChannel.class, UnixDomainSocketAddress::of),
				NioChannelOption.of(ExtendedSocketOptions.TCP_KEEPIDLE), null);
	}

	/**
	 * Resolves the requested transport: {@code AUTO} picks the first native transport
	 * whose classes and library are present, else NIO; a native transport asked for by
	 * name must be available.
	 */
	static NettyTransport resolve(Transport requested) {
		return switch (requested) {
			case NIO -> nio();
			case EPOLL -> requireAvailable(Transport.EPOLL, NativeTransports.epoll());
			case IO_URING -> requireAvailable(Transport.IO_URING, NativeTransports.ioUring());
			case AUTO -> firstAvailable();
		};
	}

	private static NettyTransport firstAvailable() {
		NativeTransports.Probe epoll = NativeTransports.epoll();
		if (epoll.transport() != null) {
			return epoll.transport();
		}
		NativeTransports.Probe ioUring = NativeTransports.ioUring();
		return (ioUring.transport() != null) ? ioUring.transport() : nio();
	}

	private static NettyTransport requireAvailable(Transport transport, NativeTransports.Probe probe) {
		if (probe.transport() == null) {
			throw new IllegalStateException("Transport " + transport + " is not available: " + probe.reason()
					+ ". Use transport AUTO or NIO, or add Netty's native artifact for this platform");
		}
		return probe.transport();
	}

	/**
	 * Sets the options of a TCP socket, on one channel or as a bootstrap's defaults.
	 */
	static void applySocketOptions(TcpSocketOptions socket, OptionSetter setter) {
		applySocketOptions(socket, setter, false);
	}

	/**
	 * Sets the options of a TCP or Unix domain socket; a Unix domain socket has no
	 * TCP_NODELAY nor SO_KEEPALIVE, and NIO's cannot stay half-open.
	 */
	static void applySocketOptions(TcpSocketOptions socket, OptionSetter setter, boolean unix) {
		if (!unix) {
			setter.set(ChannelOption.ALLOW_HALF_CLOSURE, true);
			setter.set(ChannelOption.TCP_NODELAY, socket.noDelay());
			setter.set(ChannelOption.SO_KEEPALIVE, socket.keepAlive());
		}
		setter.set(ChannelOption.WRITE_BUFFER_WATER_MARK,
				new WriteBufferWaterMark(socket.waterMarks().low(), socket.waterMarks().high()));
	}

	/**
	 * The Unix domain socket channels of a transport (NIO's need Java 16+, which is the
	 * baseline), and how a path becomes the address they bind and connect to.
	 *
	 * @param serverChannel the server channel class
	 * @param channel the client channel class
	 * @param address the address of a socket file
	 */
	record Domain(Class<? extends ServerChannel> serverChannel, Class<? extends Channel> channel,
			Function<Path, SocketAddress> address) {

	}

	/**
	 * Sets one channel option: a bootstrap's {@code option} or {@code childOption}, or a
	 * channel's configuration.
	 */
	@FunctionalInterface
	interface OptionSetter {

		<V> void set(ChannelOption<V> option, V value);

	}

}
