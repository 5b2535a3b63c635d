package io.sockwork.core;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandler;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.handler.ssl.SniCompletionEvent;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.ssl.SslHandshakeTimeoutException;

/**
 * Turns Netty's channel events into the socket's events. {@link NettyTcpSocket} extends
 * it and is itself the last handler of its channel's pipeline: no shared handler that
 * looks the socket up in a channel attribute on every event. It implements Netty's
 * handler interface rather than extending its adapter, so that it can extend the socket's
 * {@link ReceiveBufferSizing} and {@link WriteBatch}: socket, handler, receive sizing and
 * write batch are one object per connection. An SNI listener's ClientHello that does not
 * arrive in time is a failed handshake too (Netty's {@code SniHandler} reports it as a
 * failed SNI lookup only; its other failures also end in a handshake event).
 */
abstract class TcpEventBridge extends ReceiveBufferSizing implements ChannelInboundHandler {

	TcpEventBridge(Channel channel) {
		super(channel);
	}

	abstract void activated();

	abstract void received(ByteBuf buf);

	abstract void receiveCompleted();

	abstract void writabilityChanged();

	abstract void inputEnded();

	abstract void handshakeCompleted(SslHandshakeCompletionEvent event);

	abstract void closed();

	abstract void failed(Throwable cause);

	@Override
	public final void handlerAdded(ChannelHandlerContext ctx) {
		sizeReceiveBuffers();
	}

	@Override
	public final void handlerRemoved(ChannelHandlerContext ctx) {
	}

	@Override
	public final void channelRegistered(ChannelHandlerContext ctx) {
		ctx.fireChannelRegistered();
	}

	@Override
	public final void channelUnregistered(ChannelHandlerContext ctx) {
		ctx.fireChannelUnregistered();
	}

	@Override
	public final void channelActive(ChannelHandlerContext ctx) {
		activated();
		ctx.fireChannelActive();
	}

	@Override
	public final void channelRead(ChannelHandlerContext ctx, Object msg) {
		ByteBuf buf = (ByteBuf) msg;
		try {
			received(buf);
		}
		finally {
			buf.release();
		}
	}

	@Override
	public final void channelReadComplete(ChannelHandlerContext ctx) {
		receiveCompleted();
	}

	@Override
	public final void channelWritabilityChanged(ChannelHandlerContext ctx) {
		writabilityChanged();
	}

	@Override
	public final void userEventTriggered(ChannelHandlerContext ctx, Object event) {
		if (event == ChannelInputShutdownEvent.INSTANCE) {
			inputEnded();
		}
		else if (event instanceof SslHandshakeCompletionEvent handshake) {
			handshakeCompleted(handshake);
		}
		else if (event instanceof SniCompletionEvent sni && sni.cause() instanceof SslHandshakeTimeoutException) {
			handshakeCompleted(new SslHandshakeCompletionEvent(sni.cause()));
		}
		ctx.fireUserEventTriggered(event);
	}

	@Override
	public final void channelInactive(ChannelHandlerContext ctx) {
		closed();
	}

	@Override
	public final void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
		failed(cause);
	}

}
