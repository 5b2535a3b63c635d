package io.sockwork.core;

import java.util.AbstractCollection;
import java.util.Iterator;

import io.netty.channel.Channel;
import io.netty.channel.group.ChannelGroup;

/**
 * The sockets of a server's channel group, as a live read-only collection: it follows the
 * group, which drops channels as they close and iterates without
 * {@code ConcurrentModificationException}. A channel accepted but not yet given its
 * socket is not shown.
 */
final class SocketView<T> extends AbstractCollection<TcpSocket<T>> {

	private final ChannelGroup channels;

	SocketView(ChannelGroup channels) {
		this.channels = channels;
	}

	@Override
	public Iterator<TcpSocket<T>> iterator() {
		return this.channels.stream()
			.map(NettyTcpSocket::<T>find)
			.filter((socket) -> socket != null)
			.map((socket) -> (TcpSocket<T>) socket)
			.iterator();
	}

	@Override
	public int size() {
		return this.channels.size();
	}

}
