package io.sockwork.core;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.util.ReferenceCountUtil;
import org.jspecify.annotations.Nullable;

/**
 * Sits behind a frame decoder and enforces the framing's exact maximum. The decoders get
 * a little slack (a delimiter or CR that has partly arrived counts against Netty's limit,
 * so a valid frame could fail depending on how the stream was split); this handler
 * rejects what is over the real limit, and restates every {@link TooLongFrameException}
 * with that limit, so that the {@code error} handler says which maximum the peer passed.
 * After the first error, frames still decoded from the same read are dropped. One
 * instance per channel.
 */
final class FrameLimit extends ChannelInboundHandlerAdapter {

	private final int maxLength;

	private final String description;

	private boolean exceeded;

	FrameLimit(int maxLength, String description) {
		this.maxLength = maxLength;
		this.description = description;
	}

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) {
		if (this.exceeded) {
			ReferenceCountUtil.release(msg);
			return;
		}
		int length = ((ByteBuf) msg).readableBytes();
		if (length > this.maxLength) {
			ReferenceCountUtil.release(msg);
			exceeded(ctx, "frame length " + length, null);
			return;
		}
		ctx.fireChannelRead(msg);
	}

	@Override
	public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
		if (cause instanceof TooLongFrameException tooLong) {
			if (!this.exceeded) {
				// Netty's message names the decoder's limit, which has slack for a
				// partly arrived delimiter: state the framing's own maximum only.
				exceeded(ctx, "no frame end within the maximum", tooLong);
			}
			return;
		}
		ctx.fireExceptionCaught(cause);
	}

	private void exceeded(ChannelHandlerContext ctx, @Nullable String detail, @Nullable TooLongFrameException cause) {
		this.exceeded = true;
		ctx.fireExceptionCaught(new TooLongFrameException("Closing the connection: " + this.description
				+ " is longer than the maximum of " + this.maxLength + " bytes (" + detail + ")", cause));
	}

}
