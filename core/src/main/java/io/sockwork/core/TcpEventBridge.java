package io.sockwork.core;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;

/**
 * Turns Netty's channel events into {@link TcpHandler} calls on the channel's
 * {@link NettyTcpSocket}. One stateless instance serves every channel.
 */
@Sharable
final class TcpEventBridge extends ChannelInboundHandlerAdapter {

	static final TcpEventBridge INSTANCE = new TcpEventBridge();

	private TcpEventBridge() {
	}

	@Override
	public void channelActive(ChannelHandlerContext ctx) {
		NettyTcpSocket.of(ctx.channel()).activated();
		ctx.fireChannelActive();
	}

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) {
		ByteBuf buf = (ByteBuf) msg;
		try {
			NettyTcpSocket.of(ctx.channel()).received(buf);
		}
		finally {
			buf.release();
		}
	}

	@Override
	public void channelReadComplete(ChannelHandlerContext ctx) {
		NettyTcpSocket.of(ctx.channel()).readComplete();
	}

	@Override
	public void channelWritabilityChanged(ChannelHandlerContext ctx) {
		NettyTcpSocket.of(ctx.channel()).writabilityChanged();
	}

	@Override
	public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
		if (event == ChannelInputShutdownEvent.INSTANCE) {
			NettyTcpSocket.of(ctx.channel()).inputEnded();
		}
		else if (event instanceof SslHandshakeCompletionEvent handshake) {
			NettyTcpSocket.of(ctx.channel()).handshakeCompleted(handshake);
		}
		ctx.fireUserEventTriggered(event);
	}

	@Override
	public void channelInactive(ChannelHandlerContext ctx) {
		NettyTcpSocket.of(ctx.channel()).closed();
	}

	@Override
	public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
		NettyTcpSocket.of(ctx.channel()).failed(cause);
	}

}
