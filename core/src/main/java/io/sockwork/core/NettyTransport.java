package io.sockwork.core;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.ServerChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;

/**
 * A resolved transport: the I/O handler factory of the event loops and the channel classes that go with it.
 *
 * @param transport the transport, never {@link Transport#AUTO}
 * @param ioHandlerFactory the factory of the event loops' I/O handlers
 * @param serverChannel the TCP server channel class
 * @param socketChannel the TCP client channel class
 * @param datagramChannel the UDP channel class
 */
record NettyTransport(Transport transport, IoHandlerFactory ioHandlerFactory,
		Class<? extends ServerChannel> serverChannel, Class<? extends SocketChannel> socketChannel,
		Class<? extends DatagramChannel> datagramChannel) {

	static NettyTransport nio() {
		return new NettyTransport(Transport.NIO, NioIoHandler.newFactory(), NioServerSocketChannel.class,
				NioSocketChannel.class, NioDatagramChannel.class);
	}

	/**
	 * Resolves the requested transport: {@code AUTO} picks the first native transport whose classes and library
	 * are present, else NIO; a native transport asked for by name must be available.
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

}
