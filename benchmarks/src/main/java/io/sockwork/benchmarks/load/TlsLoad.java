package io.sockwork.benchmarks.load;

import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLException;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.handler.ssl.SslProvider;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import org.HdrHistogram.Histogram;

/**
 * TLS 1.3 load on one Netty NIO thread with the JDK's provider, the same client for every
 * server. Two modes: {@code echo} keeps {@code depth} messages of {@code size} bytes in
 * flight on each of {@code connections} connections and counts the bytes that come back;
 * {@code handshakes} runs {@code connections} loops of connect, full handshake (no
 * session resumption), close, and counts the handshakes. The server's certificate is
 * trusted without a check: a benchmark on loopback.
 */
final class TlsLoad {

	/**
	 * What to run.
	 *
	 * @param target the TLS echo server
	 * @param connections connections (or handshake loops)
	 * @param depth messages in flight per connection (echo mode)
	 * @param size bytes per message (echo mode)
	 * @param warmupNanos time before measuring
	 * @param measureNanos time measured
	 * @param handshakes whether to count handshakes instead of echoes
	 */
	record Options(InetSocketAddress target, int connections, int depth, int size, long warmupNanos, long measureNanos,
			boolean handshakes) {
	}

	private final Options options;

	private final SslContext tls;

	private final long start;

	private final long end;

	// Touched on the client's one event loop only.
	private final Histogram latencies = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);

	private long count;

	private int errors;

	private TlsLoad(Options options) throws SSLException {
		this.options = options;
		this.tls = SslContextBuilder.forClient()
			.sslProvider(SslProvider.JDK)
			.protocols("TLSv1.3")
			.trustManager(InsecureTrustManagerFactory.INSTANCE)
			.build();
		this.start = System.nanoTime() + options.warmupNanos();
		this.end = this.start + options.measureNanos();
	}

	static LoadResult run(Options options) throws SSLException, InterruptedException {
		return new TlsLoad(options).run();
	}

	private LoadResult run() throws InterruptedException {
		EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
		try {
			for (int i = 0; i < this.options.connections(); i++) {
				connect(group);
			}
			long waitMillis = TimeUnit.NANOSECONDS.toMillis(this.end - System.nanoTime());
			new CountDownLatch(1).await(Math.max(0, waitMillis), TimeUnit.MILLISECONDS);
			CountDownLatch read = new CountDownLatch(1);
			// Read the counters on the loop that writes them.
			LoadResult[] result = new LoadResult[1];
			group.next().execute(() -> {
				result[0] = new LoadResult().rate(this.count, this.options.measureNanos(), this.latencies)
					.put("errors", this.errors);
				read.countDown();
			});
			read.await();
			return result[0];
		}
		finally {
			group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
		}
	}

	private void connect(EventLoopGroup group) {
		if (System.nanoTime() >= this.end) {
			return;
		}
		long connecting = System.nanoTime();
		new Bootstrap().group(group)
			.channel(NioSocketChannel.class)
			.option(ChannelOption.TCP_NODELAY, true)
			.handler(new ChannelInitializer<Channel>() {
				@Override
				protected void initChannel(Channel channel) {
					channel.pipeline()
						// No peer host and port: the JDK then has no session to resume,
						// so every
						// handshake is a full one.
						.addLast(TlsLoad.this.tls.newHandler(channel.alloc()))
						.addLast(new Client(group, connecting));
				}
			})
			.connect(this.options.target())
			.addListener((connect) -> {
				if (!connect.isSuccess()) {
					failed(connect.cause());
				}
			});
	}

	private void failed(Throwable cause) {
		if (System.nanoTime() < this.end) {
			this.errors++;
			System.err.println("TLS connection failed: " + cause);
		}
	}

	private boolean measured(long now) {
		return now >= this.start && now < this.end;
	}

	/** One connection: a handshake, then echoes or a close. */
	private final class Client extends ChannelInboundHandlerAdapter {

		private final EventLoopGroup group;

		private final long connecting;

		private final ArrayDeque<Long> queued = new ArrayDeque<>();

		private long received;

		Client(EventLoopGroup group, long connecting) {
			this.group = group;
			this.connecting = connecting;
		}

		@Override
		public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
			if (!(event instanceof SslHandshakeCompletionEvent handshake)) {
				ctx.fireUserEventTriggered(event);
				return;
			}
			if (!handshake.isSuccess()) {
				failed(handshake.cause());
				ctx.close();
				return;
			}
			long now = System.nanoTime();
			if (TlsLoad.this.options.handshakes()) {
				if (measured(now)) {
					TlsLoad.this.count++;
					TlsLoad.this.latencies.recordValue(now - this.connecting);
				}
				ctx.close().addListener((closed) -> connect(this.group));
				return;
			}
			for (int i = 0; i < TlsLoad.this.options.depth(); i++) {
				send(ctx, now);
			}
			ctx.flush();
		}

		private void send(ChannelHandlerContext ctx, long now) {
			this.queued.add(now);
			ctx.write(Unpooled.wrappedBuffer(new byte[TlsLoad.this.options.size()]));
		}

		@Override
		public void channelRead(ChannelHandlerContext ctx, Object msg) {
			ByteBuf buf = (ByteBuf) msg;
			this.received += buf.readableBytes();
			buf.release();
			int size = TlsLoad.this.options.size();
			long now = System.nanoTime();
			while (this.received >= size && !this.queued.isEmpty()) {
				this.received -= size;
				long queuedAt = this.queued.poll();
				if (measured(now)) {
					TlsLoad.this.count++;
					TlsLoad.this.latencies.recordValue(now - queuedAt);
				}
				if (now < TlsLoad.this.end) {
					send(ctx, now);
				}
			}
			ctx.flush();
		}

		@Override
		public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
			failed(cause);
			ctx.close();
		}

	}

}
