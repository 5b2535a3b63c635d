package io.sockwork.core;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.TooLongFrameException;

/**
 * Sits behind a frame decoder and restates its {@link TooLongFrameException} with the listener's limit, so that
 * the {@code error} handler (and the log) say which maximum the peer passed. Other events pass through.
 */
final class FrameLimitReporter extends ChannelInboundHandlerAdapter {

	private final String limit;

	FrameLimitReporter(String limit) {
		this.limit = limit;
	}

	@Override
	public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
		if (cause instanceof TooLongFrameException tooLong) {
			ctx.fireExceptionCaught(new TooLongFrameException(
					"Closing the connection: " + this.limit + "; " + tooLong.getMessage(), tooLong));
			return;
		}
		ctx.fireExceptionCaught(cause);
	}

}
