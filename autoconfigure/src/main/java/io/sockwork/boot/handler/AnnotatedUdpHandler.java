package io.sockwork.boot.handler;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.Map;

import io.sockwork.core.SocketEvent;
import io.sockwork.core.UdpChannel;
import io.sockwork.core.UdpHandler;
import org.jspecify.annotations.Nullable;

/**
 * The handler of a UDP socket, made of its annotated methods; events without a method
 * keep {@link UdpHandler}'s defaults.
 */
final class AnnotatedUdpHandler implements UdpHandler {

	private final String socketName;

	private final @Nullable HandlerMethodInvoker data;

	private final @Nullable HandlerMethodInvoker drain;

	private final @Nullable HandlerMethodInvoker error;

	AnnotatedUdpHandler(String socketName, Map<SocketEvent, HandlerMethodInvoker> invokers) {
		this.socketName = socketName;
		this.data = invokers.get(SocketEvent.DATA);
		this.drain = invokers.get(SocketEvent.DRAIN);
		this.error = invokers.get(SocketEvent.ERROR);
	}

	@Override
	public void data(UdpChannel channel, ByteBuffer datagram, InetSocketAddress sender) {
		if (this.data != null) {
			this.data.invoke(new Event.Datagram(channel, datagram, sender));
		}
	}

	@Override
	public void drain(UdpChannel channel) {
		if (this.drain != null) {
			this.drain.invoke(new Event.Plain(channel));
		}
	}

	@Override
	public void error(UdpChannel channel, Throwable error) {
		if (this.error != null) {
			this.error.invoke(new Event.Failure(channel, error));
		}
		else {
			UdpHandler.super.error(channel, error);
		}
	}

	@Override
	public String toString() {
		return "AnnotatedUdpHandler '" + this.socketName + "'";
	}

}
