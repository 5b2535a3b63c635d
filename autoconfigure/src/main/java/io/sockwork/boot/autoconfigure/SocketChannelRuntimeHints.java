package io.sockwork.boot.autoconfigure;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;

/**
 * Registers the constructors of the Netty channels the engine opens by reflection that
 * Netty's own native-image metadata leaves out: datagram channels opened for one protocol
 * family (multicast) and the Unix domain socket channels. Registered in
 * {@code META-INF/spring/aot.factories}; a transport that is not on the classpath is
 * skipped.
 */
class SocketChannelRuntimeHints implements RuntimeHintsRegistrar {

	static final List<String> CHANNELS = List.of("io.netty.channel.socket.nio.NioDatagramChannel",
			"io.netty.channel.socket.nio.NioServerDomainSocketChannel",
			"io.netty.channel.socket.nio.NioDomainSocketChannel", "io.netty.channel.epoll.EpollDatagramChannel",
			"io.netty.channel.epoll.EpollServerDomainSocketChannel", "io.netty.channel.epoll.EpollDomainSocketChannel",
			"io.netty.channel.uring.IoUringDatagramChannel", "io.netty.channel.uring.IoUringServerDomainSocketChannel",
			"io.netty.channel.uring.IoUringDomainSocketChannel");

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		CHANNELS.forEach((channel) -> hints.reflection()
			.registerTypeIfPresent(classLoader, channel, MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS));
	}

}
