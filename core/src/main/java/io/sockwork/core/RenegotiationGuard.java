package io.sockwork.core;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.ReferenceCountUtil;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses client-initiated TLS renegotiation on a server connection, on every provider
 * and without the JVM-wide {@code jdk.tls.rejectClientInitiatedRenegotiation} flag: it
 * sits in front of the {@link SslHandler} and follows the TLS record headers, which TLS
 * 1.2 sends in the clear. Once the handshake is done, a client sends no more handshake
 * records (content type 22) unless it renegotiates, so such a record closes the
 * connection before the engine sees it. TLS 1.3 has no renegotiation (and hides content
 * types): the guard leaves the pipeline once a TLS 1.3 handshake succeeded, as it does
 * when the first record is not a TLS record at all (the {@code SslHandler} fails those).
 * One instance per channel; on an SNI listener the guard is in place before the
 * {@code SslHandler} for the name the client asked for exists, and {@link #follow}s it
 * once it does.
 */
final class RenegotiationGuard extends ChannelInboundHandlerAdapter {

	private static final Logger logger = LoggerFactory.getLogger(RenegotiationGuard.class);

	private static final int HANDSHAKE = 22;

	// Touched on the event loop only.
	private @Nullable SslHandler tls;

	// Position in the current record header (0 to 4), then how much of its body is left.
	private int headerIndex;

	private int contentType;

	private int length;

	private int bodyLeft;

	RenegotiationGuard(@Nullable SslHandler tls) {
		this.tls = tls;
	}

	/**
	 * Guards the handshake of {@code tls}, the handler an SNI listener chose.
	 */
	void follow(SslHandler tls) {
		this.tls = tls;
	}

	private boolean handshakeDone() {
		return this.tls != null && this.tls.handshakeFuture().isSuccess();
	}

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) {
		SslHandler tls = this.tls;
		if (tls != null && tls.handshakeFuture().isSuccess()
				&& "TLSv1.3".equals(tls.engine().getSession().getProtocol())) {
			ctx.pipeline().remove(this);
		}
		else if (msg instanceof ByteBuf buf && refuses(ctx, buf)) {
			ReferenceCountUtil.release(msg);
			logger.debug("Closing {}: the client tried to renegotiate TLS", ctx.channel());
			ctx.close();
			return;
		}
		ctx.fireChannelRead(msg);
	}

	private boolean refuses(ChannelHandlerContext ctx, ByteBuf buf) {
		int index = buf.readerIndex();
		int end = buf.writerIndex();
		while (index < end) {
			if (this.bodyLeft > 0) {
				int skipped = Math.min(this.bodyLeft, end - index);
				this.bodyLeft -= skipped;
				index += skipped;
				continue;
			}
			int value = buf.getUnsignedByte(index++);
			switch (this.headerIndex++) {
				case 0 -> {
					if (value < 20 || value > 24) {
						// Not a TLS record: nothing to follow.
						ctx.pipeline().remove(this);
						return false;
					}
					this.contentType = value;
				}
				case 3 -> this.length = value << 8;
				case 4 -> {
					this.bodyLeft = this.length | value;
					this.headerIndex = 0;
					if (this.contentType == HANDSHAKE && handshakeDone()) {
						return true;
					}
				}
				default -> {
					// The record's version.
				}
			}
		}
		return false;
	}

}
