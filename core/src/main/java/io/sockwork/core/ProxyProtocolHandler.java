package io.sockwork.core;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.haproxy.HAProxyCommand;
import io.netty.handler.codec.haproxy.HAProxyMessage;
import io.netty.handler.codec.haproxy.HAProxyMessageDecoder;
import io.netty.handler.codec.haproxy.HAProxyProxiedProtocol;
import io.netty.util.AttributeKey;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the PROXY protocol header (decoded by the {@link HAProxyMessageDecoder} in front
 * of it): holds back {@code channelActive} until the header arrived, so that {@code open}
 * sees the real client as the remote address, then leaves the pipeline. A connection
 * whose header is invalid or not complete within the timeout is closed and counted once;
 * as it never opened, the handler hears nothing of it. One instance serves every channel
 * of a server.
 */
@Sharable
final class ProxyProtocolHandler extends ChannelInboundHandlerAdapter {

	private static final Logger logger = LoggerFactory.getLogger(ProxyProtocolHandler.class);

	private static final AttributeKey<ScheduledFuture<?>> TIMEOUT = AttributeKey.valueOf(ProxyProtocolHandler.class,
			"timeout");

	private static final AttributeKey<Boolean> REJECTED = AttributeKey.valueOf(ProxyProtocolHandler.class, "rejected");

	private final SocketStats stats;

	ProxyProtocolHandler(SocketStats stats) {
		this.stats = stats;
	}

	/**
	 * Puts the decoder and this handler first in the pipeline, and closes the connection
	 * unless its header is read within {@code timeout}.
	 */
	void install(Channel channel, Duration timeout) {
		channel.pipeline().addFirst(new HAProxyMessageDecoder(), this);
		channel.attr(TIMEOUT).set(channel.eventLoop().schedule(() -> {
			ChannelHandlerContext ctx = channel.pipeline().context(this);
			if (ctx != null) {
				rejected(ctx, "no complete header within " + Durations.format(timeout));
			}
		}, timeout.toNanos(), TimeUnit.NANOSECONDS));
	}

	@Override
	public void handlerRemoved(ChannelHandlerContext ctx) {
		ScheduledFuture<?> timeout = ctx.channel().attr(TIMEOUT).getAndSet(null);
		if (timeout != null) {
			timeout.cancel(false);
		}
	}

	@Override
	public void channelActive(ChannelHandlerContext ctx) {
		// Fired on once the header is read.
	}

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) {
		if (!(msg instanceof HAProxyMessage header)) {
			ReferenceCountUtil.release(msg);
			rejected(ctx, "data before the PROXY protocol header");
			return;
		}
		try {
			// LOCAL (a proxy's own health check) and UNKNOWN carry no client: the
			// connection's own address stays.
			if (header.command() == HAProxyCommand.PROXY && isInet(header.proxiedProtocol())) {
				NettyTcpSocket.of(ctx.channel())
					.proxied(new InetSocketAddress(header.sourceAddress(), header.sourcePort()));
			}
		}
		finally {
			header.release();
		}
		ctx.pipeline().remove(this);
		ctx.fireChannelActive();
	}

	private static boolean isInet(HAProxyProxiedProtocol protocol) {
		return protocol.addressFamily() == HAProxyProxiedProtocol.AddressFamily.AF_IPv4
				|| protocol.addressFamily() == HAProxyProxiedProtocol.AddressFamily.AF_IPv6;
	}

	@Override
	public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
		rejected(ctx, cause.getMessage());
	}

	private void rejected(ChannelHandlerContext ctx, @Nullable String reason) {
		if (ctx.channel().attr(REJECTED).setIfAbsent(Boolean.TRUE) != null) {
			// The decoder's error and the bytes after it: one bad header, counted once.
			return;
		}
		this.stats.proxyHeaderRejected();
		logger.debug("Closing {}: no valid PROXY protocol header ({})", ctx.channel(), reason);
		ctx.close();
	}

}
