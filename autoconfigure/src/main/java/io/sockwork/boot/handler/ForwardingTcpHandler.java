package io.sockwork.boot.handler;

import java.nio.ByteBuffer;

import io.sockwork.core.TcpHandler;
import io.sockwork.core.TcpSocket;
import org.jspecify.annotations.Nullable;

/**
 * A handler set that forwards every event to another one: the base of a
 * {@link TcpHandlerDecorator}'s handler, which overrides the events it changes.
 */
public abstract class ForwardingTcpHandler implements TcpHandler<Object> {

	/**
	 * The handler set events are forwarded to.
	 * @return the handler set
	 */
	protected abstract TcpHandler<Object> delegate();

	@Override
	public void open(TcpSocket<Object> socket) {
		delegate().open(socket);
	}

	@Override
	public void data(TcpSocket<Object> socket, ByteBuffer data) {
		delegate().data(socket, data);
	}

	@Override
	public void drain(TcpSocket<Object> socket) {
		delegate().drain(socket);
	}

	@Override
	public void close(TcpSocket<Object> socket, @Nullable Throwable error) {
		delegate().close(socket, error);
	}

	@Override
	public void error(TcpSocket<Object> socket, Throwable error) {
		delegate().error(socket, error);
	}

	@Override
	public void end(TcpSocket<Object> socket) {
		delegate().end(socket);
	}

	@Override
	public void timeout(TcpSocket<Object> socket) {
		delegate().timeout(socket);
	}

	@Override
	public void handshake(TcpSocket<Object> socket, boolean success, @Nullable Throwable error) {
		delegate().handshake(socket, success, error);
	}

	@Override
	public void connectError(TcpSocket<Object> socket, Throwable error) {
		delegate().connectError(socket, error);
	}

}
