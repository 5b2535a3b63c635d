package io.sockwork.boot.handler;

import java.nio.ByteBuffer;
import java.util.Map;

import io.netty.handler.codec.DecoderException;
import io.sockwork.core.PeerFailureLog;
import io.sockwork.core.SocketEvent;
import io.sockwork.core.TcpHandler;
import io.sockwork.core.TcpSocket;
import org.jspecify.annotations.Nullable;

/**
 * The one handler set of a listener, made of its annotated methods; events without a
 * method keep {@link TcpHandler}'s defaults, except that bad input from the peer (a frame
 * over its limit) is logged with the listener's name.
 */
final class AnnotatedTcpHandler implements TcpHandler<Object> {

	private final String listenerName;

	private final @Nullable HandlerMethodInvoker open;

	private final @Nullable HandlerMethodInvoker data;

	private final @Nullable HandlerMethodInvoker drain;

	private final @Nullable HandlerMethodInvoker close;

	private final @Nullable HandlerMethodInvoker error;

	private final @Nullable HandlerMethodInvoker end;

	private final @Nullable HandlerMethodInvoker timeout;

	private final @Nullable HandlerMethodInvoker handshake;

	private final @Nullable HandlerMethodInvoker connectError;

	AnnotatedTcpHandler(String listenerName, Map<SocketEvent, HandlerMethodInvoker> invokers) {
		this.listenerName = listenerName;
		this.open = invokers.get(SocketEvent.OPEN);
		this.data = invokers.get(SocketEvent.DATA);
		this.drain = invokers.get(SocketEvent.DRAIN);
		this.close = invokers.get(SocketEvent.CLOSE);
		this.error = invokers.get(SocketEvent.ERROR);
		this.end = invokers.get(SocketEvent.END);
		this.timeout = invokers.get(SocketEvent.TIMEOUT);
		this.handshake = invokers.get(SocketEvent.HANDSHAKE);
		this.connectError = invokers.get(SocketEvent.CONNECT_ERROR);
	}

	@Override
	public void open(TcpSocket<Object> socket) {
		if (this.open != null) {
			this.open.invoke(new Event.Plain(socket));
		}
	}

	@Override
	public void data(TcpSocket<Object> socket, ByteBuffer data) {
		if (this.data != null) {
			this.data.invoke(new Event.Data(socket, data));
		}
	}

	@Override
	public void drain(TcpSocket<Object> socket) {
		if (this.drain != null) {
			this.drain.invoke(new Event.Plain(socket));
		}
	}

	@Override
	public void close(TcpSocket<Object> socket, @Nullable Throwable error) {
		if (this.close != null) {
			this.close.invoke(new Event.Failure(socket, error));
		}
	}

	@Override
	public void error(TcpSocket<Object> socket, Throwable error) {
		if (this.error != null) {
			this.error.invoke(new Event.Failure(socket, error));
		}
		else if (error instanceof DecoderException) {
			String kind = (socket.listener() != null) ? "listener '" : "client '";
			PeerFailureLog.warn("Bad input", kind + this.listenerName + "'", socket, error);
		}
		else {
			TcpHandler.super.error(socket, error);
		}
	}

	@Override
	public void end(TcpSocket<Object> socket) {
		if (this.end != null) {
			this.end.invoke(new Event.Plain(socket));
		}
	}

	@Override
	public void timeout(TcpSocket<Object> socket) {
		if (this.timeout != null) {
			this.timeout.invoke(new Event.Plain(socket));
		}
	}

	@Override
	public void handshake(TcpSocket<Object> socket, boolean success, @Nullable Throwable error) {
		if (this.handshake != null) {
			this.handshake.invoke(new Event.Failure(socket, error));
		}
		else {
			TcpHandler.super.handshake(socket, success, error);
		}
	}

	@Override
	public void connectError(TcpSocket<Object> socket, Throwable error) {
		if (this.connectError != null) {
			this.connectError.invoke(new Event.Failure(socket, error));
		}
	}

	@Override
	public String toString() {
		return "AnnotatedTcpHandler '" + this.listenerName + "'";
	}

}
