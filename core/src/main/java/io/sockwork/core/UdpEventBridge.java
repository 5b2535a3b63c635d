package io.sockwork.core;

import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.DatagramPacket;

/**
 * Turns Netty's datagram channel events into {@link UdpHandler} calls on the channel's
 * {@link NettyUdpChannel}. One stateless instance serves every channel. It never closes
 * the channel: one bad datagram must not stop the socket.
 */
@Sharable
final class UdpEventBridge extends ChannelInboundHandlerAdapter {

	static final UdpEventBridge INSTANCE = new UdpEventBridge();

	private UdpEventBridge() {
	}

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) {
		DatagramPacket packet = (DatagramPacket) msg;
		try {
			NettyUdpChannel.of(ctx.channel()).received(packet);
		}
		finally {
			packet.release();
		}
	}

	@Override
	public void channelReadComplete(ChannelHandlerContext ctx) {
		NettyUdpChannel.of(ctx.channel()).readComplete();
	}

	@Override
	public void channelWritabilityChanged(ChannelHandlerContext ctx) {
		NettyUdpChannel.of(ctx.channel()).writabilityChanged();
	}

	@Override
	public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
		NettyUdpChannel.of(ctx.channel()).transportFailed(cause);
	}

}
