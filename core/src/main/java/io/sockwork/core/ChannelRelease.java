package io.sockwork.core;

import java.util.concurrent.TimeUnit;

import io.netty.channel.Channel;
import io.netty.channel.nio.AbstractNioChannel;

/**
 * Closes a bound channel and returns once its address is free to bind again. Java's NIO
 * closes the socket of a channel registered with a selector only at that selector's next
 * select, not at {@code close}: with one event loop busy running tasks, a rebind of the
 * same port right after could still fail, and a client could still connect to the old
 * listener. A task scheduled after the close runs only after such a select.
 */
final class ChannelRelease {

	private ChannelRelease() {
	}

	/**
	 * Closes the channel; off its event loop, waits until its address is released. On its
	 * event loop (a handler closing its socket) it only closes: the loop cannot wait for
	 * itself.
	 */
	static void close(Channel channel) {
		if (channel.eventLoop().inEventLoop()) {
			channel.close();
			return;
		}
		channel.close().syncUninterruptibly();
		if (channel instanceof AbstractNioChannel) {
			channel.eventLoop().schedule(() -> {
			}, 1, TimeUnit.MILLISECONDS).syncUninterruptibly();
		}
	}

}
