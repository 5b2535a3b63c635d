package io.sockwork.core;

import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelInitializer;
import io.netty.util.concurrent.EventExecutor;
import org.jspecify.annotations.Nullable;

/**
 * A {@link TcpServer} on a Netty server channel. Its sockets join its {@link OpenSockets}
 * once set up and leave as they close; it is their {@link SocketScope}.
 */
final class NettyTcpServer<T> extends ChannelInitializer<Channel> implements TcpServer<T>, SocketScope<T> {

	private final TcpSocketOptions boundSocketOptions;

	private volatile TcpListenOptions options;

	private final SocketStats stats = new SocketStats();

	private final ProxyProtocolHandler proxyProtocol = new ProxyProtocolHandler(this.stats);

	private final OpenSockets<T> sockets = new OpenSockets<>();

	// One for every channel: a socket leaves as soon as its channel is closed.
	private final ChannelFutureListener forgetClosed = (closed) -> {
		NettyTcpSocket<T> socket = NettyTcpSocket.find(closed.channel());
		if (socket != null) {
			this.sockets.closed(socket);
		}
	};

	private final EventExecutor executor;

	private final NettyTransport transport;

	private final @Nullable T data;

	private volatile TcpHandler<T> handler;

	// Set by bound(), before the server is handed out.
	@SuppressWarnings("NullAway.Init")
	private volatile Channel serverChannel;

	private volatile @Nullable ServerTls tls;

	NettyTcpServer(TcpListenOptions options, TcpHandler<T> handler, EventExecutor executor, NettyTransport transport) {
		this.options = options;
		this.transport = transport;
		this.data = initialData(options);
		this.boundSocketOptions = options.socket();
		this.tls = (options.tls() != null) ? new ServerTls(options.tls()) : null;
		this.handler = handler;
		this.executor = executor;
	}

	@SuppressWarnings("unchecked") // the options' data supplier gives the handler's data
									// type
	private static <T> @Nullable T initialData(TcpListenOptions options) {
		Supplier<?> data = options.data();
		return (data != null) ? (T) data.get() : null;
	}

	void bound(Channel serverChannel) {
		this.serverChannel = serverChannel;
	}

	@Override
	protected void initChannel(Channel channel) {
		TcpListenOptions options = this.options;
		int limit = options.maxConnections();
		if ((limit > 0 && this.sockets.size() >= limit) || (options.ipv6Only() && isIpv4(channel))) {
			this.stats.connectionRejected();
			channel.close();
			return;
		}
		NettyTcpSocket<T> socket = new NettyTcpSocket<>(channel, this.handler, this);
		socket.data(initialData(options));
		socket.framing(options.framing());
		if (options.proxyProtocol()) {
			this.proxyProtocol.install(channel, options.proxyProtocolTimeout());
		}
		if (!options.socket().equals(this.boundSocketOptions)) {
			// Reconfigured since the bootstrap's child options were set.
			NettyTransport.applySocketOptions(options.socket(), channel.config()::setOption);
		}
		ServerTls tls = this.tls;
		if (tls != null) {
			tls.install(channel, socket);
		}
		FrameCodecs.addDecoder(channel.pipeline(), options.framing());
		channel.pipeline().addLast(socket);
		this.sockets.opened(socket);
		channel.closeFuture().addListener(this.forgetClosed);
		// A reload that ran between reading the handler and joining must not be missed.
		socket.reload(this.handler);
		socket.armIdleTimeout();
	}

	/**
	 * Whether an accepted peer is IPv4 (Java shows IPv4-mapped IPv6 addresses as IPv4):
	 * how NIO, which cannot set IPV6_V6ONLY, keeps an IPv6-only server to IPv6 peers.
	 */
	private static boolean isIpv4(Channel channel) {
		return channel.remoteAddress() instanceof InetSocketAddress inet && inet.getAddress() instanceof Inet4Address;
	}

	@Override
	public @Nullable T data() {
		return this.data;
	}

	@Override
	public int port() {
		return (this.serverChannel.localAddress() instanceof InetSocketAddress inet) ? inet.getPort() : 0;
	}

	@Override
	public String hostname() {
		SocketAddress address = this.serverChannel.localAddress();
		return (address instanceof InetSocketAddress inet) ? inet.getAddress().getHostAddress()
				: String.valueOf(this.options.unix());
	}

	@Override
	public void stop(boolean closeActiveConnections) {
		ChannelRelease.close(this.serverChannel);
		if (closeActiveConnections) {
			closeAll().join();
		}
	}

	@Override
	public CompletableFuture<Void> stopGracefully(Duration gracePeriod) {
		stop(false);
		CompletableFuture<Void> done = new CompletableFuture<>();
		if (this.sockets.isEmpty()) {
			done.complete(null);
			return done;
		}
		List<CompletableFuture<Void>> settled = new ArrayList<>();
		for (NettyTcpSocket<T> socket : this.sockets.copy()) {
			settled.add(socket.settled());
			socket.channel().eventLoop().execute(socket::endAfterHandlers);
		}
		CompletableFuture.allOf(settled.toArray(CompletableFuture[]::new))
			.whenComplete((result, error) -> done.complete(null));
		this.executor.schedule(() -> {
			if (!done.isDone()) {
				// Past the grace period: close what is open, and stop waiting for the
				// handlers.
				closeAll().whenComplete((result, error) -> done.complete(null));
			}
		}, gracePeriod.toNanos(), TimeUnit.NANOSECONDS);
		return done;
	}

	@Override
	public void reload(TcpHandler<T> handler) {
		if (handler == null) {
			throw new IllegalArgumentException("'handler' must not be null");
		}
		this.handler = handler;
		for (NettyTcpSocket<T> socket : this.sockets.copy()) {
			socket.reload(handler);
		}
	}

	@Override
	public void reloadTls(TlsOptions tls) {
		if (this.tls == null) {
			throw new IllegalStateException("The server on port " + port() + " was started without TLS");
		}
		this.tls = new ServerTls(tls);
	}

	@Override
	public void reconfigure(TcpListenOptions options) {
		if (options == null) {
			throw new IllegalArgumentException("'options' must not be null");
		}
		this.options = options;
		for (NettyTcpSocket<T> socket : this.sockets.copy()) {
			socket.reconfigure();
		}
	}

	@Override
	public int connectionCount() {
		return this.sockets.size();
	}

	@Override
	public Collection<TcpSocket<T>> sockets() {
		return this.sockets;
	}

	@Override
	public @Nullable TcpSocket<T> socket(long id) {
		for (TcpSocket<T> socket : this.sockets) {
			if (socket.id() == id) {
				return socket;
			}
		}
		return null;
	}

	@Override
	public int broadcast(ByteBuffer message, Predicate<? super TcpSocket<T>> filter) {
		int written = 0;
		for (TcpSocket<T> socket : this.sockets) {
			if (!filter.test(socket)) {
				continue;
			}
			int accepted = socket.writeFrame(message.duplicate());
			if (accepted == message.remaining()) {
				written++;
			}
			else if (accepted == 0) {
				this.stats.broadcastSkipped();
			}
		}
		return written;
	}

	@Override
	public long outboundBufferedBytes() {
		long total = 0;
		for (TcpSocket<T> socket : this.sockets) {
			total += socket.outboundBufferedBytes();
		}
		return total;
	}

	@Override
	public int unwritableSockets() {
		int count = 0;
		for (NettyTcpSocket<T> socket : this.sockets.copy()) {
			Channel channel = socket.channel();
			if (!channel.isWritable() && channel.isActive()) {
				count++;
			}
		}
		return count;
	}

	private CompletableFuture<Void> closeAll() {
		List<CompletableFuture<Void>> closed = new ArrayList<>();
		for (NettyTcpSocket<T> socket : this.sockets.copy()) {
			CompletableFuture<Void> done = new CompletableFuture<>();
			socket.channel().close().addListener((future) -> done.complete(null));
			closed.add(done);
		}
		return CompletableFuture.allOf(closed.toArray(CompletableFuture[]::new));
	}

	@Override
	public boolean isListening() {
		return this.serverChannel.isActive();
	}

	@Override
	public boolean isTls() {
		return this.tls != null;
	}

	@Override
	public SocketStats stats() {
		return this.stats;
	}

	@Override
	public NettyTransport transport() {
		return this.transport;
	}

	@Override
	public TcpServer<T> listener() {
		return this;
	}

	@Override
	public TcpSocketOptions socketOptions() {
		return this.options.socket();
	}

	@Override
	public @Nullable Duration idleTimeout() {
		return this.options.idleTimeout();
	}

	@Override
	public String toString() {
		return "TcpServer[" + Addresses.format(this.serverChannel.localAddress()) + ", " + connectionCount()
				+ " connections]";
	}

}
