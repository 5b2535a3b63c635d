package io.sockwork.core;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.unix.UnixChannelOption;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared non-blocking engine: one event-loop group for every server, client and UDP
 * socket it creates, as Bun's {@code Bun.listen}, {@code Bun.connect} and
 * {@code Bun.udpSocket}. Thread-safe; {@link #close()} shuts it down gracefully.
 */
public final class SocketEngine implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(SocketEngine.class);

	private final NettyTransport transport;

	private final EventLoopGroup group;

	private final ClientTlsContexts clientContexts = new ClientTlsContexts();

	/**
	 * Creates an engine with the {@link EngineOptions#defaults() default options}.
	 */
	public SocketEngine() {
		this(EngineOptions.defaults());
	}

	/**
	 * Creates an engine.
	 * @param options the options
	 */
	public SocketEngine(EngineOptions options) {
		this.transport = NettyTransport.resolve(options.transport());
		int threads = (options.threads() > 0) ? options.threads() : EngineOptions.defaultThreads();
		this.group = new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory("sockwork"),
				this.transport.ioHandlerFactory());
		logger.debug("Sockwork engine started on {} with {} event-loop threads", this.transport.transport(),
				((MultiThreadIoEventLoopGroup) this.group).executorCount());
	}

	/**
	 * The transport in use, never {@link Transport#AUTO}.
	 * @return the transport
	 */
	public Transport transport() {
		return this.transport.transport();
	}

	/**
	 * The Netty event-loop group shared by everything this engine creates, for monitoring
	 * (for example Micrometer's Netty binders). Do not shut it down: {@link #close()}
	 * does.
	 * @return the group
	 */
	public EventLoopGroup eventLoopGroup() {
		return this.group;
	}

	/**
	 * The number of event-loop threads.
	 * @return the count
	 */
	public int threads() {
		return ((MultiThreadIoEventLoopGroup) this.group).executorCount();
	}

	/**
	 * Binds a TCP server (Bun's {@code Bun.listen}). Returns once the port is bound.
	 * @param <T> the type of the per-socket data
	 * @param options where to listen and how
	 * @param handler the handler set shared by every socket of the server
	 * @return the server
	 * @throws SocketBindException if the address cannot be bound, for example when the
	 * port is in use
	 */
	public <T> TcpServer<T> listen(TcpListenOptions options, TcpHandler<T> handler) {
		requireNonNull(options, "options");
		requireNonNull(handler, "handler");
		NettyTcpServer<T> server = new NettyTcpServer<>(options, handler, this.group.next(), this.transport);
		Path unix = options.unix();
		ServerBootstrap bootstrap = new ServerBootstrap().group(this.group)
			.channel((unix != null) ? this.transport.domain().serverChannel() : this.transport.serverChannel())
			.childHandler(server);
		if (options.backlog() > 0) {
			bootstrap.option(ChannelOption.SO_BACKLOG, options.backlog());
		}
		if (options.reusePort()) {
			if (this.transport.transport() == Transport.NIO) {
				throw new IllegalArgumentException("'reusePort' needs a native transport (epoll or io_uring), not NIO");
			}
			bootstrap.option(UnixChannelOption.SO_REUSEPORT, true);
		}
		NettyTransport.applySocketOptions(options.socket(), bootstrap::childOption, unix != null);
		ChannelOption<Integer> ipv6Only = this.transport.ipv6Only();
		if (options.ipv6Only() && ipv6Only != null) {
			bootstrap.option(ipv6Only, 1);
		}
		SocketAddress address;
		if (unix != null) {
			UnixSocketFiles.removeStale(unix);
			address = this.transport.domain().address().apply(unix);
		}
		else {
			String host = (options.host() == null && options.ipv6Only()) ? "::" : options.host();
			address = (host != null) ? new InetSocketAddress(host, options.port())
					: new InetSocketAddress(options.port());
		}
		ChannelFuture bind = bootstrap.bind(address).awaitUninterruptibly();
		if (!bind.isSuccess()) {
			throw new SocketBindException((unix != null) ? "Unix" : "TCP",
					(unix != null) ? unix.toString() : options.host(), options.port(), bind.cause());
		}
		server.bound(bind.channel());
		return server;
	}

	/**
	 * Opens a TCP connection (Bun's {@code Bun.connect}). On success {@code open} is
	 * called, then the future completes; on failure {@code connectError} is called, then
	 * the future completes exceptionally.
	 * @param <T> the type of the per-socket data
	 * @param options where to connect and how
	 * @param handler the handler set of the socket
	 * @return the socket, once open
	 */
	public <T> CompletableFuture<TcpSocket<T>> connect(TcpConnectOptions options, TcpHandler<T> handler) {
		requireNonNull(options, "options");
		requireNonNull(handler, "handler");
		CompletableFuture<TcpSocket<T>> result = new CompletableFuture<>();
		TcpHandler<T> completing = new CompletingHandler<>(handler, result);
		// Held here, not looked up in the pipeline: a failed connect closes the channel,
		// and
		// its pipeline may be emptied before the listener below runs.
		AtomicReference<@Nullable NettyTcpSocket<T>> created = new AtomicReference<>();
		TlsOptions tls = options.tls();
		SslContext tlsContext = (tls != null) ? this.clientContexts.get(tls) : null;
		Path unix = options.unix();
		Bootstrap bootstrap = new Bootstrap().group(this.group)
			.channel((unix != null) ? this.transport.domain().channel() : this.transport.socketChannel())
			.resolver(options.ipv6Only() ? HostResolver.IPV6_ONLY : HostResolver.ANY)
			.option(ChannelOption.CONNECT_TIMEOUT_MILLIS,
					(int) Math.min(Integer.MAX_VALUE, options.connectTimeout().toMillis()))
			.handler(new ChannelInitializer<Channel>() {
				@Override
				protected void initChannel(Channel channel) {
					NettyTcpSocket<T> socket = new NettyTcpSocket<>(channel, completing,
							new ClientSocketScope<>(new SocketStats(), SocketEngine.this.transport, options));
					created.set(socket);
					socket.framing(options.framing());
					if (tls != null && tlsContext != null) {
						SslHandler tlsHandler = TlsHandlers.client(tlsContext, tls, channel, options.host(),
								options.port());
						socket.secure(tlsHandler, tls.verifyPeer());
						channel.pipeline().addLast(tlsHandler);
					}
					FrameCodecs.addDecoder(channel.pipeline(), options.framing());
					channel.pipeline().addLast(socket);
				}
			});
		NettyTransport.applySocketOptions(options.socket(), bootstrap::option, unix != null);
		ChannelFuture connecting = (unix != null) ? bootstrap.connect(this.transport.domain().address().apply(unix))
				: bootstrap.connect(options.host(), options.port());
		connecting.addListener((ChannelFuture connect) -> {
			NettyTcpSocket<T> socket = created.get();
			if (connect.isSuccess()) {
				// Armed once connected (before the socket opens), so that the connect
				// timeout alone bounds the connection attempt.
				if (socket != null) {
					socket.armIdleTimeout();
				}
				return;
			}
			if (socket != null) {
				socket.connectFailed(connect.cause());
			}
			result.completeExceptionally(connect.cause());
		});
		return result;
	}

	/**
	 * Opens a UDP socket (Bun's {@code Bun.udpSocket}) on the shared event-loop group.
	 * The future completes once the socket is bound (and connected to its peer, if one is
	 * given), before any datagram reaches the handler. Host names in the options are
	 * resolved here, once; sends take IP literals only.
	 * @param options where to bind, the optional peer, and limits
	 * @param handler the handler of the socket
	 * @return the socket; completes exceptionally with {@link SocketBindException} if the
	 * address cannot be bound, or {@link UdpSocketException} if the peer cannot be
	 * connected
	 */
	public CompletableFuture<UdpChannel> udpSocket(UdpOptions options, UdpHandler handler) {
		requireNonNull(options, "options");
		requireNonNull(handler, "handler");
		CompletableFuture<UdpChannel> result = new CompletableFuture<>();
		InetSocketAddress local = (options.host() != null) ? new InetSocketAddress(options.host(), options.port())
				: new InetSocketAddress(options.port());
		if (local.isUnresolved()) {
			result.completeExceptionally(new SocketBindException("UDP", options.host(), options.port(),
					new UnknownHostException(options.host())));
			return result;
		}
		String connectHost = options.connectHost();
		InetSocketAddress peer = (connectHost != null) ? new InetSocketAddress(connectHost, options.connectPort())
				: null;
		if (peer != null && peer.isUnresolved()) {
			result.completeExceptionally(new UdpSocketException(
					"Could not connect UDP socket to " + connectHost + ":" + options.connectPort(),
					new UnknownHostException(connectHost)));
			return result;
		}
		Bootstrap bootstrap = new Bootstrap().group(this.group)
			.channelFactory(new DatagramChannelFactory(this.transport.datagramChannel(),
					UdpAddresses.family(options.host(), local)))
			// Reading starts once bound and connected, so that no other peer's datagram
			// slips in first.
			.option(ChannelOption.AUTO_READ, false)
			// Up to 16 datagrams a wake-up: one flush for all their replies.
			.option(ChannelOption.RCVBUF_ALLOCATOR, new DatagramReceiveBuffers(options.maxDatagramSize()))
			.option(ChannelOption.WRITE_BUFFER_WATER_MARK,
					new WriteBufferWaterMark(options.waterMarks().low(), options.waterMarks().high()))
			.handler(new ChannelInitializer<DatagramChannel>() {
				@Override
				protected void initChannel(DatagramChannel channel) {
					channel.attr(NettyUdpChannel.KEY)
						.set(new NettyUdpChannel(channel, handler, SocketEngine.this.transport.transport(),
								options.maxDatagramSize()));
					channel.pipeline().addLast(UdpEventBridge.INSTANCE);
				}
			});
		if (options.receiveBufferSize() > 0) {
			bootstrap.option(ChannelOption.SO_RCVBUF, options.receiveBufferSize());
		}
		ChannelFuture bind;
		try {
			bind = bootstrap.bind(local);
		}
		catch (RuntimeException ex) {
			result.completeExceptionally(new SocketBindException("UDP", options.host(), options.port(), ex));
			return result;
		}
		bind.addListener((ChannelFuture bound) -> {
			if (!bound.isSuccess()) {
				result.completeExceptionally(
						new SocketBindException("UDP", options.host(), options.port(), bound.cause()));
				return;
			}
			NettyUdpChannel udp = NettyUdpChannel.of(bound.channel());
			udp.bound();
			if (peer == null) {
				udp.start();
				result.complete(udp);
				return;
			}
			bound.channel().connect(peer).addListener((ChannelFuture connect) -> {
				if (!connect.isSuccess()) {
					connect.channel().close();
					result.completeExceptionally(new UdpSocketException(
							"Could not connect UDP socket to " + Addresses.format(peer), connect.cause()));
					return;
				}
				udp.connected();
				udp.start();
				result.complete(udp);
			});
		});
		return result;
	}

	/**
	 * Shuts the engine down: every server, client and UDP socket it created is closed.
	 */
	@Override
	public void close() {
		close(Duration.ofSeconds(2));
	}

	/**
	 * Shuts the engine down, letting queued tasks run for up to {@code timeout}.
	 * @param timeout the most time to wait
	 */
	public void close(Duration timeout) {
		this.group.shutdownGracefully(0, timeout.toMillis(), TimeUnit.MILLISECONDS)
			.awaitUninterruptibly(timeout.toMillis() + 1000);
	}

	/**
	 * Whether {@link #close()} was called.
	 * @return {@code true} once shutting down
	 */
	public boolean isClosed() {
		return this.group.isShuttingDown();
	}

	private static void requireNonNull(Object value, String name) {
		if (value == null) {
			throw new IllegalArgumentException("'" + name + "' must not be null");
		}
	}

}
