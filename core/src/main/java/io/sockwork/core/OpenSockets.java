package io.sockwork.core;

import java.util.AbstractCollection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * The open sockets of one server, as a live read-only collection. Sockets join and leave
 * on their event loops and anyone may read, so a lock guards the {@link SlotArray}
 * underneath and an iterator walks a copy: it never throws
 * {@code ConcurrentModificationException}, and a socket that closes meanwhile may still
 * be shown.
 */
final class OpenSockets<T> extends AbstractCollection<TcpSocket<T>> {

	private final SlotArray<NettyTcpSocket<T>> sockets = new SlotArray<>(NettyTcpSocket::openSlot,
			NettyTcpSocket::openSlot);

	/**
	 * Adds a socket that was set up.
	 */
	synchronized void opened(NettyTcpSocket<T> socket) {
		this.sockets.add(socket);
	}

	/**
	 * Removes a socket whose channel closed; nothing happens when it is not in.
	 */
	synchronized void closed(NettyTcpSocket<T> socket) {
		this.sockets.remove(socket);
	}

	@Override
	public Iterator<TcpSocket<T>> iterator() {
		return Collections.<TcpSocket<T>>unmodifiableList(copy()).iterator();
	}

	/**
	 * The sockets open now.
	 */
	synchronized List<NettyTcpSocket<T>> copy() {
		return this.sockets.copy();
	}

	@Override
	public synchronized int size() {
		return this.sockets.size();
	}

}
