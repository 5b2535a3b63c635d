package io.sockwork.core;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.DuplexChannel;
import io.netty.channel.socket.nio.NioChannelOption;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.util.AttributeKey;
import jdk.net.ExtendedSocketOptions;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link TcpSocket} of one Netty channel. Handler calls and the flush policy live
 * here; the state that only the event loop touches is plain, what other threads touch is
 * volatile.
 */
final class NettyTcpSocket<T> implements TcpSocket<T> {

	static final AttributeKey<NettyTcpSocket<?>> KEY = AttributeKey.valueOf(NettyTcpSocket.class, "socket");

	private static final Logger logger = LoggerFactory.getLogger(NettyTcpSocket.class);

	private final Channel channel;

	private volatile TcpSocketOptions options;

	private final SocketStats stats;

	private final boolean client;

	private volatile TcpHandler<T> handler;

	private volatile @Nullable SslHandler tlsHandler;

	private volatile boolean verifiesPeer;

	private volatile @Nullable T data;

	private volatile ReadyState state = ReadyState.OPENING;

	private volatile long bytesWritten;

	private volatile Framing framing = Framing.raw();

	private volatile @Nullable InetSocketAddress proxiedRemoteAddress;

	private volatile @Nullable Thread corkOwner;

	// Event-loop state.
	private int dispatchDepth;

	private boolean flushPending;

	private boolean drainRequested;

	private long firstShortWriteNanos;

	private long lastActivityNanos = System.nanoTime();

	// Created on first use: most sockets never arm a timer, and each costs a few objects.
	private @Nullable ActivityTimer timeout;

	private @Nullable ActivityTimer idleTimeout;

	private @Nullable Throwable closeCause;

	// The buffer being handed to data, and its view: writing the view back (an echo)
	// shares the bytes.
	private @Nullable ByteBuf reading;

	private @Nullable ByteBuffer readingView;

	private long handshakeStartNanos;

	private @Nullable CompletableFuture<TcpSocket<T>> upgrade;

	NettyTcpSocket(Channel channel, TcpHandler<T> handler, TcpSocketOptions options, SocketStats stats,
			boolean client) {
		this.channel = channel;
		this.client = client;
		this.handler = handler;
		this.options = options;
		this.stats = stats;
	}

	private long lastActivityNanos() {
		return this.lastActivityNanos;
	}

	@SuppressWarnings("unchecked")
	static <T> NettyTcpSocket<T> of(Channel channel) {
		return (NettyTcpSocket<T>) channel.attr(KEY).get();
	}

	Channel channel() {
		return this.channel;
	}

	// ---- events, called on the event loop by TcpEventBridge

	void activated() {
		if (this.tlsHandler == null) {
			opened();
		}
	}

	private void opened() {
		this.state = ReadyState.OPEN;
		this.stats.connectionOpened();
		dispatch(SocketEvent.OPEN, null);
	}

	void received(ByteBuf buf) {
		this.lastActivityNanos = System.nanoTime();
		int bytes = buf.readableBytes();
		this.stats.received(bytes);
		ByteBuffer view = (buf.nioBufferCount() == 1) ? buf.nioBuffer().asReadOnlyBuffer()
				: ByteBuffer.wrap(ByteBufUtil.getBytes(buf)).asReadOnlyBuffer();
		this.reading = buf;
		this.readingView = view;
		this.dispatchDepth++;
		try {
			handler().data(this, view);
		}
		catch (Throwable ex) {
			handlerFailed(SocketEvent.DATA, ex);
		}
		finally {
			this.dispatchDepth--;
			this.reading = null;
			this.readingView = null;
		}
	}

	void readComplete() {
		flushIfPending();
	}

	void writabilityChanged() {
		if (this.channel.isWritable() && this.drainRequested) {
			this.drainRequested = false;
			this.stats.drained(System.nanoTime() - this.firstShortWriteNanos);
			this.firstShortWriteNanos = 0;
			dispatch(SocketEvent.DRAIN, null);
		}
	}

	void inputEnded() {
		// Read before the handler runs: an end() made meanwhile (by the handler or
		// another thread) closes the
		// socket itself once its writes are out, and closing here could overtake them.
		boolean outputAlreadyShut = this.state == ReadyState.SHUTDOWN;
		dispatch(SocketEvent.END, null);
		if (!this.options.allowHalfOpen() || outputAlreadyShut) {
			close();
		}
	}

	void failed(Throwable cause) {
		if (cause instanceof ClosedChannelException) {
			// A write that was still queued when the socket closed: nothing the handler
			// can act on.
			return;
		}
		this.closeCause = cause;
		if (this.state != ReadyState.OPENING) {
			// Before open (a failed TLS handshake), the handshake handler hears of it
			// instead.
			dispatch(SocketEvent.ERROR, cause);
		}
		this.channel.close();
	}

	/**
	 * Sets the framing that {@code writeFrame} follows; called before the socket opens.
	 */
	void framing(Framing framing) {
		this.framing = framing;
	}

	/**
	 * Sets the client's address that a PROXY protocol header gave; called before the
	 * socket opens.
	 */
	void proxied(InetSocketAddress remoteAddress) {
		this.proxiedRemoteAddress = remoteAddress;
	}

	/**
	 * Puts TLS in front of the socket; called before the handler is added to the
	 * pipeline.
	 */
	void secure(SslHandler tlsHandler, boolean verifiesPeer) {
		this.tlsHandler = tlsHandler;
		this.verifiesPeer = verifiesPeer;
		this.handshakeStartNanos = System.nanoTime();
	}

	void handshakeCompleted(SslHandshakeCompletionEvent event) {
		this.stats.handshake(event.isSuccess(), System.nanoTime() - this.handshakeStartNanos);
		CompletableFuture<TcpSocket<T>> pendingUpgrade = this.upgrade;
		this.upgrade = null;
		dispatch(SocketEvent.HANDSHAKE, event.cause());
		if (event.isSuccess()) {
			if (this.state == ReadyState.OPENING) {
				opened();
			}
			if (pendingUpgrade != null) {
				pendingUpgrade.complete(this);
			}
		}
		else {
			if (pendingUpgrade != null) {
				pendingUpgrade.completeExceptionally(event.cause());
			}
			this.channel.close();
		}
	}

	void closed() {
		boolean wasOpen = this.state != ReadyState.OPENING;
		this.state = ReadyState.CLOSED;
		if (this.timeout != null) {
			this.timeout.cancel();
		}
		if (this.idleTimeout != null) {
			this.idleTimeout.cancel();
		}
		if (wasOpen) {
			dispatch(SocketEvent.CLOSE, this.closeCause);
		}
	}

	void connectFailed(Throwable cause) {
		this.state = ReadyState.CLOSED;
		dispatch(SocketEvent.CONNECT_ERROR, cause);
	}

	private void dispatch(SocketEvent event, @Nullable Throwable error) {
		this.dispatchDepth++;
		try {
			TcpHandler<T> current = handler();
			switch (event) {
				case OPEN -> current.open(this);
				case DRAIN -> current.drain(this);
				case CLOSE -> current.close(this, error);
				case ERROR -> current.error(this, error);
				case END -> current.end(this);
				case TIMEOUT -> current.timeout(this);
				case CONNECT_ERROR -> current.connectError(this, error);
				case HANDSHAKE -> current.handshake(this, error == null, error);
				default -> throw new IllegalArgumentException("Not dispatched here: " + event);
			}
		}
		catch (Throwable ex) {
			handlerFailed(event, ex);
		}
		finally {
			this.dispatchDepth--;
		}
		if (this.dispatchDepth == 0) {
			flushIfPending();
		}
	}

	private void handlerFailed(SocketEvent event, Throwable ex) {
		this.stats.handlerFailed(event);
		if (event == SocketEvent.ERROR) {
			logger.warn("The error handler of {} threw", this, ex);
			return;
		}
		try {
			handler().error(this, ex);
		}
		catch (Throwable nested) {
			this.stats.handlerFailed(SocketEvent.ERROR);
			nested.addSuppressed(ex);
			logger.warn("The error handler of {} threw", this, nested);
		}
	}

	private TcpHandler<T> handler() {
		return this.handler;
	}

	// ---- writes

	@Override
	public int write(ByteBuffer data) {
		if (!isWritableState()) {
			return -1;
		}
		int accepted = accept(data.remaining());
		if (accepted > 0) {
			send(toByteBuf(data, accepted));
			data.position(data.position() + accepted);
		}
		return accepted;
	}

	private ByteBuf toByteBuf(ByteBuffer data, int length) {
		ByteBuf source = this.reading;
		if (data == this.readingView && source != null) {
			// The view's position 0 is the buffer's reader index: share those bytes
			// instead of copying them.
			return source.retainedSlice(source.readerIndex() + data.position(), length);
		}
		ByteBuf buf = this.channel.alloc().ioBuffer(length);
		ByteBuffer slice = data.slice();
		slice.limit(length);
		buf.writeBytes(slice);
		return buf;
	}

	@Override
	public int write(byte[] data, int offset, int length) {
		if (offset < 0 || length < 0 || offset + length > data.length) {
			throw new IndexOutOfBoundsException(
					"offset " + offset + " and length " + length + " do not fit " + data.length + " bytes");
		}
		if (!isWritableState()) {
			return -1;
		}
		int accepted = accept(length);
		if (accepted > 0) {
			ByteBuf buf = this.channel.alloc().ioBuffer(accepted);
			buf.writeBytes(data, offset, accepted);
			send(buf);
		}
		return accepted;
	}

	@Override
	public int write(CharSequence text) {
		if (!isWritableState()) {
			return -1;
		}
		int length = ByteBufUtil.utf8Bytes(text);
		if (length <= this.channel.bytesBeforeUnwritable()) {
			accept(length);
			ByteBuf buf = this.channel.alloc().ioBuffer(length);
			ByteBufUtil.writeUtf8(buf, text);
			send(buf);
			return length;
		}
		return write(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public int writeFrame(ByteBuffer frame) {
		if (!isWritableState()) {
			return -1;
		}
		Framing framing = this.framing;
		int length = frame.remaining();
		int wireLength = FrameCodecs.wireLength(framing, length);
		// All or nothing: half a frame would corrupt the stream for the peer. A frame
		// above the high-water mark
		// still goes out when nothing is pending, or it could never be written.
		long room = this.channel.bytesBeforeUnwritable();
		if (wireLength > room && room < this.channel.config().getWriteBufferHighWaterMark()) {
			backpressured();
			return 0;
		}
		this.bytesWritten += wireLength;
		this.stats.sent(wireLength);
		send(FrameCodecs.encode(framing, this.channel.alloc(), frame, wireLength));
		return length;
	}

	private boolean isWritableState() {
		return this.state == ReadyState.OPEN && this.channel.isActive();
	}

	/**
	 * Takes as many of {@code requested} bytes as the outbound buffer holds under its
	 * high-water mark, and asks for a drain when that is fewer.
	 */
	private int accept(int requested) {
		int accepted = (int) Math.min(requested, this.channel.bytesBeforeUnwritable());
		if (accepted < requested) {
			backpressured();
		}
		this.bytesWritten += accepted;
		this.stats.sent(accepted);
		return accepted;
	}

	private void backpressured() {
		this.stats.writeBackpressured();
		onEventLoop(this::markDrainRequested);
	}

	private void markDrainRequested() {
		if (!this.drainRequested) {
			this.drainRequested = true;
			this.firstShortWriteNanos = System.nanoTime();
		}
		// The buffer may have drained before this ran: drain at once rather than never.
		if (this.channel.isWritable() && this.channel.isActive()) {
			this.channel.eventLoop().execute(this::writabilityChanged);
		}
	}

	private void send(ByteBuf buf) {
		this.lastActivityNanos = System.nanoTime();
		boolean onEventLoop = this.channel.eventLoop().inEventLoop();
		if ((onEventLoop && this.dispatchDepth > 0) || Thread.currentThread() == this.corkOwner) {
			this.channel.write(buf, this.channel.voidPromise());
			if (onEventLoop) {
				// Flushed when the handler returns; a cork off the loop flushes when it
				// ends. Only the event loop
				// touches this field.
				this.flushPending = true;
			}
		}
		else {
			this.channel.writeAndFlush(buf, this.channel.voidPromise());
		}
	}

	private void flushIfPending() {
		if (this.flushPending) {
			this.flushPending = false;
			this.channel.flush();
		}
	}

	@Override
	public void cork(Runnable writes) {
		Thread current = Thread.currentThread();
		if (this.corkOwner == current) {
			writes.run();
			return;
		}
		this.corkOwner = current;
		try {
			writes.run();
		}
		finally {
			this.corkOwner = null;
			flush();
		}
	}

	@Override
	public void flush() {
		this.flushPending = false;
		this.channel.flush();
	}

	// ---- closing

	@Override
	public void end() {
		if (this.state != ReadyState.OPEN) {
			return;
		}
		this.state = ReadyState.SHUTDOWN;
		this.flushPending = false;
		this.channel.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener((ChannelFutureListener) (written) -> {
			if (!(this.channel instanceof DuplexChannel duplex) || duplex.isInputShutdown()) {
				this.channel.close();
				return;
			}
			// Half-close, and read on until the peer's FIN: closing with unread input
			// would reset the
			// connection and could destroy what the peer has not read yet.
			duplex.shutdownOutput();
			this.channel.config().setAutoRead(true);
		});
	}

	@Override
	public int end(byte[] data) {
		int accepted = write(data);
		end();
		return accepted;
	}

	@Override
	public void shutdown() {
		end();
	}

	@Override
	public void close() {
		if (this.state == ReadyState.CLOSED) {
			return;
		}
		this.flushPending = false;
		this.channel.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
	}

	@Override
	public void terminate() {
		this.channel.config().setOption(ChannelOption.SO_LINGER, 0);
		this.channel.close();
	}

	// ---- reading and options

	@Override
	public void pause() {
		this.channel.config().setAutoRead(false);
	}

	@Override
	public void resume() {
		this.channel.config().setAutoRead(true);
	}

	@Override
	public void timeout(Duration timeout) {
		long nanos = timeout.toNanos();
		if (nanos < 0) {
			throw new IllegalArgumentException("'timeout' must not be negative, was " + timeout);
		}
		onEventLoop(() -> timeoutTimer().arm(nanos));
	}

	private ActivityTimer timeoutTimer() {
		if (this.timeout == null) {
			this.timeout = new ActivityTimer(this.channel.eventLoop(), this::lastActivityNanos, this::timedOut);
		}
		return this.timeout;
	}

	private ActivityTimer idleTimer() {
		if (this.idleTimeout == null) {
			this.idleTimeout = new ActivityTimer(this.channel.eventLoop(), this::lastActivityNanos, this::idledOut);
		}
		return this.idleTimeout;
	}

	void idleTimeout(Duration idleTimeout) {
		idleTimer().arm(idleTimeout.toNanos());
	}

	/**
	 * Applies new socket options and a new idle timeout ({@code null} turns it off) to
	 * this open socket.
	 */
	void reconfigure(TcpSocketOptions options, @Nullable Duration idleTimeout) {
		onEventLoop(() -> {
			this.options = options;
			SocketEngine.applySocketOptions(options, this.channel.config()::setOption);
			if (idleTimeout != null) {
				idleTimer().arm(idleTimeout.toNanos());
			}
			else if (this.idleTimeout != null) {
				this.idleTimeout.cancel();
			}
		});
	}

	private void timedOut() {
		dispatch(SocketEvent.TIMEOUT, null);
	}

	private void idledOut() {
		timedOut();
		close();
	}

	private void onEventLoop(Runnable task) {
		EventLoops.run(this.channel.eventLoop(), task);
	}

	@Override
	public boolean setNoDelay(boolean noDelay) {
		return this.channel.config().setOption(ChannelOption.TCP_NODELAY, noDelay);
	}

	@Override
	public boolean setKeepAlive(boolean enable, Duration initialDelay) {
		boolean applied = this.channel.config().setOption(ChannelOption.SO_KEEPALIVE, enable);
		if (enable && !initialDelay.isZero()) {
			applied &= this.channel.config()
				.setOption(NioChannelOption.of(ExtendedSocketOptions.TCP_KEEPIDLE), (int) initialDelay.toSeconds());
		}
		return applied;
	}

	@Override
	public void reload(TcpHandler<T> handler) {
		if (handler == null) {
			throw new IllegalArgumentException("'handler' must not be null");
		}
		this.handler = handler;
	}

	// ---- TLS

	@Override
	public boolean isTls() {
		return this.tlsHandler != null;
	}

	@Override
	public @Nullable TlsInfo tls() {
		SslHandler handler = this.tlsHandler;
		if (handler == null || !handler.handshakeFuture().isSuccess()) {
			return null;
		}
		SSLSession session = handler.engine().getSession();
		List<Certificate> peer = peerCertificates(session);
		Certificate[] local = session.getLocalCertificates();
		boolean authorized = this.client ? this.verifiesPeer : !peer.isEmpty();
		return new TlsInfo(session.getProtocol(), session.getCipherSuite(), handler.applicationProtocol(), peer,
				(local != null) ? List.of(local) : List.of(), authorized, requestedServerName(session));
	}

	private static List<Certificate> peerCertificates(SSLSession session) {
		try {
			return List.of(session.getPeerCertificates());
		}
		catch (SSLPeerUnverifiedException ex) {
			return List.of();
		}
	}

	private @Nullable String requestedServerName(SSLSession session) {
		if (session instanceof ExtendedSSLSession extended) {
			for (SNIServerName name : extended.getRequestedServerNames()) {
				if (name instanceof SNIHostName host) {
					return host.getAsciiName();
				}
			}
		}
		return this.client ? this.tlsHandler.engine().getPeerHost() : null;
	}

	@Override
	public CompletableFuture<TcpSocket<T>> upgradeTls(TlsOptions options) {
		CompletableFuture<TcpSocket<T>> result = new CompletableFuture<>();
		onEventLoop(() -> {
			try {
				startTls(options, result);
			}
			catch (RuntimeException ex) {
				result.completeExceptionally(ex);
			}
		});
		return result;
	}

	private void startTls(TlsOptions options, CompletableFuture<TcpSocket<T>> result) {
		if (this.tlsHandler != null) {
			throw new IllegalStateException("The socket already uses TLS");
		}
		if (this.state != ReadyState.OPEN) {
			throw new IllegalStateException("Only an open socket can be upgraded to TLS, this one is " + this.state);
		}
		InetSocketAddress peer = remoteAddress();
		SslHandler handler = (this.client && peer != null) ? TlsHandlers.client(TlsContexts.client(options), options,
				this.channel, peer.getHostString(), peer.getPort())
				: TlsHandlers.server(TlsContexts.server(options), this.channel);
		this.upgrade = result;
		secure(handler, this.client && options.verifyPeer());
		this.channel.pipeline().addFirst(handler);
	}

	// ---- state

	@Override
	public @Nullable T data() {
		return this.data;
	}

	@Override
	public void data(@Nullable T data) {
		this.data = data;
	}

	@Override
	public ReadyState readyState() {
		return this.state;
	}

	@Override
	public long bytesWritten() {
		return this.bytesWritten;
	}

	@Override
	public @Nullable InetSocketAddress localAddress() {
		return inet(this.channel.localAddress());
	}

	@Override
	public @Nullable InetSocketAddress remoteAddress() {
		InetSocketAddress proxied = this.proxiedRemoteAddress;
		return (proxied != null) ? proxied : inet(this.channel.remoteAddress());
	}

	private static @Nullable InetSocketAddress inet(@Nullable SocketAddress address) {
		return (address instanceof InetSocketAddress inet) ? inet : null;
	}

	@Override
	public String toString() {
		return "TcpSocket[" + this.channel.localAddress() + " <-> " + this.channel.remoteAddress() + ", " + this.state
				+ "]";
	}

}
