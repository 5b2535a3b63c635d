package io.sockwork.core;

import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollDomainSocketChannel;
import io.netty.channel.epoll.EpollServerDomainSocketChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.uring.IoUring;
import io.netty.channel.uring.IoUringChannelOption;
import io.netty.channel.uring.IoUringDatagramChannel;
import io.netty.channel.uring.IoUringDomainSocketChannel;
import io.netty.channel.uring.IoUringServerDomainSocketChannel;
import io.netty.channel.uring.IoUringIoHandler;
import io.netty.channel.uring.IoUringServerSocketChannel;
import io.netty.channel.uring.IoUringSocketChannel;
import io.netty.channel.unix.DomainSocketAddress;
import org.jspecify.annotations.Nullable;

/**
 * Probes Netty's native transports. Their classes are optional dependencies: each probe
 * first checks that the classes are there, so that this class loads without them.
 */
final class NativeTransports {

	private NativeTransports() {
	}

	static Probe epoll() {
		if (!isPresent("io.netty.channel.epoll.Epoll")) {
			return Probe.missing("netty-transport-classes-epoll is not on the classpath");
		}
		if (!Epoll.isAvailable()) {
			return Probe.missing(String.valueOf(Epoll.unavailabilityCause()));
		}
		return new Probe(new NettyTransport(Transport.EPOLL, EpollIoHandler.newFactory(),
				EpollServerSocketChannel.class, EpollSocketChannel.class, EpollDatagramChannel.class,
				new NettyTransport.Domain(EpollServerDomainSocketChannel.class, EpollDomainSocketChannel.class,
						(path) -> new DomainSocketAddress(path.toFile())),
				EpollChannelOption.TCP_KEEPIDLE, UnixIpv6OnlyOption.IPV6_V6ONLY_OPTION), null);
	}

	static Probe ioUring() {
		if (!isPresent("io.netty.channel.uring.IoUring")) {
			return Probe.missing("netty-transport-classes-io_uring is not on the classpath");
		}
		if (!IoUring.isAvailable()) {
			return Probe.missing(String.valueOf(IoUring.unavailabilityCause()));
		}
		return new Probe(new NettyTransport(Transport.IO_URING, IoUringIoHandler.newFactory(),
				IoUringServerSocketChannel.class, IoUringSocketChannel.class, IoUringDatagramChannel.class,
				new NettyTransport.Domain(IoUringServerDomainSocketChannel.class, IoUringDomainSocketChannel.class,
						(path) -> new DomainSocketAddress(path.toFile())),
				IoUringChannelOption.TCP_KEEPIDLE, UnixIpv6OnlyOption.IPV6_V6ONLY_OPTION), null);
	}

	private static boolean isPresent(String className) {
		try {
			Class.forName(className, false, NativeTransports.class.getClassLoader());
			return true;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

	/**
	 * The outcome of a probe: the transport, or why it is not available.
	 */
	record Probe(@Nullable NettyTransport transport, @Nullable String reason) {

		static Probe missing(String reason) {
			return new Probe(null, reason);
		}

	}

}
