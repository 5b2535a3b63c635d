package io.sockwork.core;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.util.Attribute;
import io.netty.util.AttributeKey;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link TcpSocket} of one Netty channel. Handler calls and the flush policy live
 * here; the state that only the event loop touches is plain, what other threads touch is
 * volatile. The two counters every write and read update are opaque instead: written by
 * the event loop without a fence, read anywhere without tearing.
 */
final class NettyTcpSocket<T> extends TcpEventBridge implements TcpSocket<T>, IdleSweep.Member {

	private static final VarHandle BYTES_WRITTEN;

	private static final VarHandle BYTES_WRITTEN_OFF_LOOP;

	private static final VarHandle LAST_ACTIVITY_NANOS;

	private static final VarHandle BYTES_READ;

	static {
		try {
			MethodHandles.Lookup lookup = MethodHandles.lookup();
			BYTES_WRITTEN = lookup.findVarHandle(NettyTcpSocket.class, "bytesWritten", long.class);
			BYTES_WRITTEN_OFF_LOOP = lookup.findVarHandle(NettyTcpSocket.class, "bytesWrittenOffLoop", long.class);
			LAST_ACTIVITY_NANOS = lookup.findVarHandle(NettyTcpSocket.class, "lastActivityNanos", long.class);
			BYTES_READ = lookup.findVarHandle(NettyTcpSocket.class, "bytesRead", long.class);
		}
		catch (ReflectiveOperationException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	// What lastActivityNanos holds after activity that nobody has timed yet.
	private static final long ACTIVE = Long.MIN_VALUE;

	private static final Logger logger = LoggerFactory.getLogger(NettyTcpSocket.class);

	private static final AtomicLong NEXT_ID = new AtomicLong();

	// What few sockets have is kept in channel attributes, which cost nothing until set.

	private static final AttributeKey<InetSocketAddress> PROXIED_REMOTE_ADDRESS = AttributeKey
		.valueOf(NettyTcpSocket.class, "proxiedRemoteAddress");

	// Bun's timeout, made when first armed; used on the event loop only.
	private static final AttributeKey<ActivityTimer> TIMEOUT = AttributeKey.valueOf(NettyTcpSocket.class, "timeout");

	// Why the socket closes, when an error closed it; used on the event loop only.
	private static final AttributeKey<Throwable> CLOSE_CAUSE = AttributeKey.valueOf(NettyTcpSocket.class, "closeCause");

	// The TLS in front of the socket, when it has any.
	private static final AttributeKey<SocketTls<?>> TLS = AttributeKey.valueOf(NettyTcpSocket.class, "tls");

	// The thread that corks the socket, while one does.
	private static final AttributeKey<Thread> CORK_OWNER = AttributeKey.valueOf(NettyTcpSocket.class, "corkOwner");

	// What a graceful stop waits on, when it began before the socket closed; event loop
	// only.
	private static final AttributeKey<CompletableFuture<Void>> SETTLED = AttributeKey.valueOf(NettyTcpSocket.class,
			"settled");

	private final SocketScope<T> scope;

	private volatile TcpHandler<T> handler;

	private volatile @Nullable T data;

	private volatile ReadyState state = ReadyState.OPENING;

	// Written by the event loop only (opaque); writes from other threads add to
	// bytesWrittenOffLoop atomically. LoopCounter's pair, kept in this object's own
	// fields so that an idle connection pays for no extra one.
	private long bytesWritten;

	private long bytesWrittenOffLoop;

	private volatile Framing framing = Framing.raw();

	private final long id = NEXT_ID.incrementAndGet();

	private final long openedAtMillis = System.currentTimeMillis();

	// Written by the event loop only (opaque), read by observers (the actuator).
	private long bytesRead;

	// Opaque: sends from any thread touch it, the event loop's timers read it. Writes a
	// handler makes on the event loop, and the data it was handed, touch it once per read
	// burst or handler call, when they are flushed or the burst ends. A touch marks it
	// ACTIVE, and whoever next asks when the socket was last active records that time:
	// traffic reads no clock, unless the socket's own timeout() is armed.
	private long lastActivityNanos = System.nanoTime();

	// Whether the handler was handed data in the read burst under way (event loop only).
	private boolean receivedInBurst;

	// Event-loop state.

	// Its slot in its loop's IdleSweep.
	private int idleSlot = -1;

	// Its slot among its server's OpenSockets, under their lock.
	private int openSlot = -1;

	/**
	 * Creates the socket of a channel that a server accepted or a client opened.
	 */
	NettyTcpSocket(Channel channel, TcpHandler<T> handler, SocketScope<T> scope) {
		super(channel);
		this.handler = handler;
		this.scope = scope;
	}

	@Override
	public long lastActivityNanos(long now) {
		long last = (long) LAST_ACTIVITY_NANOS.getOpaque(this);
		if (last != ACTIVE) {
			return last;
		}
		LAST_ACTIVITY_NANOS.compareAndSet(this, ACTIVE, now);
		return now;
	}

	private void touch() {
		ActivityTimer timer = attribute(TIMEOUT);
		LAST_ACTIVITY_NANOS.setOpaque(this, (timer != null && timer.armed()) ? System.nanoTime() : ACTIVE);
	}

	/**
	 * The channel, for its server (which closes and inspects its sockets) and for tests
	 * that read its options back.
	 */
	Channel channel() {
		return this.channel;
	}

	/**
	 * The socket of a channel whose pipeline holds it.
	 */
	static <T> NettyTcpSocket<T> of(Channel channel) {
		NettyTcpSocket<T> socket = find(channel);
		if (socket == null) {
			throw new IllegalStateException("No socket in the pipeline of " + channel);
		}
		return socket;
	}

	/**
	 * The socket of a channel that may have none: a client whose channel failed to
	 * register never got one.
	 */
	@SuppressWarnings("unchecked")
	static <T> @Nullable NettyTcpSocket<T> find(Channel channel) {
		return (NettyTcpSocket<T>) channel.pipeline().get(NettyTcpSocket.class);
	}

	// ---- events, called on the event loop by TcpEventBridge

	@Override
	void activated() {
		if (socketTls() == null) {
			opened();
		}
	}

	private void opened() {
		this.state = ReadyState.OPEN;
		this.scope.stats().connectionOpened();
		dispatch(SocketEvent.OPEN, null);
	}

	@Override
	void received(ByteBuf buf) {
		this.receivedInBurst = true;
		int bytes = buf.readableBytes();
		this.scope.stats().received(bytes);
		BYTES_READ.setOpaque(this, this.bytesRead + bytes);
		ReceivedView received = ReceivedView.current();
		ByteBuffer view = received.open(buf);
		enter();
		try {
			handler().data(this, view);
		}
		catch (Throwable ex) {
			handlerFailed(SocketEvent.DATA, ex);
		}
		finally {
			exit();
			received.close();
		}
	}

	@Override
	void receiveCompleted() {
		if (!flushIfPending() && this.receivedInBurst) {
			touch();
		}
		this.receivedInBurst = false;
	}

	@Override
	boolean flushIfPending() {
		boolean flushed = super.flushIfPending();
		if (flushed) {
			touch();
		}
		return flushed;
	}

	@Override
	void writabilityChanged() {
		long waitedNanos = drainDue();
		if (waitedNanos >= 0) {
			this.scope.stats().drained(waitedNanos);
			dispatch(SocketEvent.DRAIN, null);
		}
	}

	@Override
	void inputEnded() {
		// Read before the handler runs: an end() made meanwhile (by the handler or
		// another thread) closes the
		// socket itself once its writes are out, and closing here could overtake them.
		boolean outputAlreadyShut = this.state == ReadyState.SHUTDOWN;
		dispatch(SocketEvent.END, null);
		if (!this.scope.socketOptions().allowHalfOpen() || outputAlreadyShut) {
			afterHandlers(this::close);
		}
	}

	/**
	 * Runs {@code action} on the event loop once the handler calls made so far have
	 * returned, as a task queued behind the writes those handlers made.
	 */
	private void afterHandlers(Runnable action) {
		// Always queued on the event loop, even when the stage is already complete: a
		// handler that wrote from another thread and then completed it has its write
		// queued on the loop before this action.
		handler().closing(this).whenComplete((result, error) -> this.channel.eventLoop().execute(action));
	}

	/**
	 * Ends the socket once its handlers returned, for a graceful stop.
	 */
	void endAfterHandlers() {
		afterHandlers(this::end);
	}

	/**
	 * Completes once the socket closed and the handlers of its close returned. Decided on
	 * the event loop, which also closes the socket: either it closed already, or
	 * {@link #closed()} finds the wait.
	 */
	CompletableFuture<Void> settled() {
		CompletableFuture<Void> settled = new CompletableFuture<>();
		onEventLoop(() -> {
			if (this.state == ReadyState.CLOSED) {
				completeOnceHandlersReturned(settled);
				return;
			}
			CompletableFuture<Void> earlier = this.channel.attr(SETTLED).getAndSet(settled);
			if (earlier != null) {
				settled.whenComplete((result, error) -> earlier.complete(null));
			}
		});
		return settled;
	}

	private void completeOnceHandlersReturned(CompletableFuture<Void> settled) {
		handler().closing(this).whenComplete((result, error) -> settled.complete(null));
	}

	@Override
	void failed(Throwable failure) {
		if (failure instanceof VirtualMachineError error) {
			// Not the handler's to handle (a handler that threw it got here through
			// Netty's exceptionCaught): the socket's state is unknown, the error goes on.
			this.channel.close();
			throw error;
		}
		if (failure instanceof ClosedChannelException) {
			// A write that was still queued when the socket closed: nothing the handler
			// can act on.
			return;
		}
		Throwable cause = Objects.requireNonNull(TlsFailures.withoutRecordBytes(failure));
		this.channel.attr(CLOSE_CAUSE).set(cause);
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
		this.channel.attr(PROXIED_REMOTE_ADDRESS).set(remoteAddress);
	}

	/**
	 * Puts TLS in front of the socket; called before the handler is added to the
	 * pipeline.
	 * @param tlsHandler the handler, or {@code null} on an SNI listener until the client
	 * named its server
	 * @return the TLS side of the socket
	 */
	SocketTls<T> secure(@Nullable SslHandler tlsHandler, boolean verifiesPeer) {
		SocketTls<T> tls = new SocketTls<>(tlsHandler, isClient(), verifiesPeer);
		this.channel.attr(TLS).set(tls);
		return tls;
	}

	@Override
	void handshakeCompleted(SslHandshakeCompletionEvent event) {
		SocketTls<T> tls = socketTls();
		if (tls == null) {
			// Not from the TLS this socket put in front of itself.
			return;
		}
		this.scope.stats().handshake(event.isSuccess(), tls.handshakeNanos());
		CompletableFuture<TcpSocket<T>> pendingUpgrade = tls.takeUpgrade();
		Throwable cause = TlsFailures.withoutRecordBytes(event.cause());
		dispatch(SocketEvent.HANDSHAKE, cause);
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
				pendingUpgrade.completeExceptionally(Objects.requireNonNull(cause));
			}
			this.channel.close();
		}
	}

	@Override
	void closed() {
		boolean wasOpen = this.state != ReadyState.OPENING;
		this.state = ReadyState.CLOSED;
		ActivityTimer timeout = attribute(TIMEOUT);
		if (timeout != null) {
			timeout.cancel();
		}
		if (this.idleSlot >= 0) {
			IdleSweep.of(this.channel.eventLoop()).forget(this);
		}
		if (wasOpen) {
			dispatch(SocketEvent.CLOSE, attribute(CLOSE_CAUSE));
		}
		CompletableFuture<Void> settled = attribute(SETTLED);
		if (settled != null) {
			completeOnceHandlersReturned(settled);
		}
	}

	void connectFailed(Throwable cause) {
		this.state = ReadyState.CLOSED;
		dispatch(SocketEvent.CONNECT_ERROR, cause);
	}

	@SuppressWarnings("NullAway") // ERROR and CONNECT_ERROR always come with an error
	private void dispatch(SocketEvent event, @Nullable Throwable error) {
		enter();
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
			exit();
		}
		flushIfOutermost();
	}

	private void handlerFailed(SocketEvent event, Throwable ex) {
		Fatal.rethrow(ex);
		this.scope.stats().handlerFailed(event);
		if (event == SocketEvent.ERROR) {
			logger.warn("The error handler of {} threw", this, ex);
			return;
		}
		try {
			handler().error(this, ex);
		}
		catch (Throwable nested) {
			Fatal.rethrow(nested);
			this.scope.stats().handlerFailed(SocketEvent.ERROR);
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
		if (this.channel.eventLoop().inEventLoop()) {
			ByteBuf received = ReceivedView.current().write(data, length);
			if (received != null) {
				return received;
			}
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
		countWritten(wireLength);
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
		countWritten(accepted);
		return accepted;
	}

	private void countWritten(int bytes) {
		if (this.channel.eventLoop().inEventLoop()) {
			// The only writer of this field: an opaque store, no fence on the hot path.
			BYTES_WRITTEN.setOpaque(this, this.bytesWritten + bytes);
		}
		else {
			BYTES_WRITTEN_OFF_LOOP.getAndAdd(this, (long) bytes);
		}
		this.scope.stats().sent(bytes);
	}

	private void backpressured() {
		this.scope.stats().writeBackpressured();
		onEventLoop(this::askForDrain);
	}

	private void askForDrain() {
		requestDrain(this::writabilityChanged);
	}

	private void send(ByteBuf buf) {
		boolean onEventLoop = this.channel.eventLoop().inEventLoop();
		boolean inHandlerOnLoop = onEventLoop && inHandler();
		if (!inHandlerOnLoop) {
			touch(); // otherwise when it is flushed
		}
		if (inHandlerOnLoop || Thread.currentThread() == attribute(CORK_OWNER)) {
			this.channel.write(buf, this.channel.voidPromise());
			if (onEventLoop) {
				// Flushed when the handler returns; a cork off the loop flushes when it
				// ends. Only the event loop touches the pending flush.
				flushLater();
			}
		}
		else {
			this.channel.writeAndFlush(buf, this.channel.voidPromise());
		}
	}

	@Override
	public void cork(Runnable writes) {
		Thread current = Thread.currentThread();
		Attribute<Thread> owner = this.channel.attr(CORK_OWNER);
		if (owner.get() == current) {
			writes.run();
			return;
		}
		owner.set(current);
		try {
			writes.run();
		}
		finally {
			owner.set(null);
			flush();
		}
	}

	@Override
	public void flush() {
		touch(); // writes a handler made on the loop have not touched it yet
		flushNow();
	}

	// ---- closing

	@Override
	public void end() {
		if (this.state != ReadyState.OPEN) {
			return;
		}
		this.state = ReadyState.SHUTDOWN;
		flushing();
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
	public void shutdown(boolean halfClose) {
		if (!halfClose) {
			end();
			return;
		}
		if (!(this.channel instanceof DuplexChannel duplex)) {
			throw new UnsupportedOperationException("The " + this.channel.getClass().getSimpleName() + " of transport "
					+ this.scope.transport().transport() + " cannot shut its read side down");
		}
		duplex.shutdownInput();
	}

	@Override
	public void close() {
		if (this.state == ReadyState.CLOSED) {
			return;
		}
		flushing();
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
			throw new IllegalArgumentException("'timeout' must not be negative, was " + Durations.format(timeout));
		}
		onEventLoop(() -> {
			ActivityTimer timer = attribute(TIMEOUT);
			if (timer == null) {
				timer = new ActivityTimer(this.channel.eventLoop(), this::lastActivityNanos, this::timedOut);
				this.channel.attr(TIMEOUT).set(timer);
			}
			// Activity marked before the clock was read for it happened by now.
			lastActivityNanos(System.nanoTime());
			timer.arm(nanos);
		});
	}

	/**
	 * Arms its scope's idle timeout, if it has one, counted from now: a server's socket
	 * as it is accepted, a client's once connected. Called on the event loop.
	 */
	void armIdleTimeout() {
		if (idleTimeoutNanos() > 0) {
			touch();
			watchIdle();
		}
	}

	/**
	 * Applies the socket options and idle timeout its server was reconfigured with to
	 * this socket, unless it has closed since the server listed it.
	 */
	void reconfigure() {
		onEventLoop(() -> {
			if (!this.channel.isOpen()) {
				return;
			}
			NettyTransport.applySocketOptions(this.scope.socketOptions(), this.channel.config()::setOption);
			watchIdle();
		});
	}

	private void watchIdle() {
		IdleSweep sweep = IdleSweep.of(this.channel.eventLoop());
		if (idleTimeoutNanos() > 0) {
			sweep.watch(this);
		}
		else {
			sweep.forget(this);
		}
	}

	/**
	 * Its index among its server's open sockets, -1 when closed.
	 */
	int openSlot() {
		return this.openSlot;
	}

	/**
	 * Keeps its index among its server's open sockets.
	 */
	void openSlot(int slot) {
		this.openSlot = slot;
	}

	private boolean isClient() {
		return this.scope.listener() == null;
	}

	@Override
	public int idleSlot() {
		return this.idleSlot;
	}

	@Override
	public void idleSlot(int slot) {
		this.idleSlot = slot;
	}

	@Override
	public long idleTimeoutNanos() {
		Duration idleTimeout = this.scope.idleTimeout();
		return (idleTimeout != null) ? idleTimeout.toNanos() : 0;
	}

	private void timedOut() {
		dispatch(SocketEvent.TIMEOUT, null);
	}

	@Override
	public void idledOut() {
		timedOut();
		afterHandlers(this::close);
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
			int seconds = (int) Math.max(1, Math.min(Integer.MAX_VALUE, initialDelay.toSeconds()));
			if (!this.channel.config().setOption(this.scope.transport().keepIdle(), seconds)) {
				throw new UnsupportedOperationException(
						"TCP_KEEPIDLE cannot be set on the " + this.channel.getClass().getSimpleName()
								+ " of transport " + this.scope.transport().transport());
			}
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

	@Override
	public <A> A attachment(Supplier<A> ifAbsent) {
		return Attachment.get(this.channel, ifAbsent);
	}

	@Override
	public void countHandlerError(SocketEvent event) {
		this.scope.stats().handlerFailed(event);
	}

	@Override
	public void countDispatchQueued(long deltaBytes) {
		this.scope.stats().dispatchQueued(deltaBytes);
	}

	@Override
	public void countDispatchPause() {
		this.scope.stats().dispatchPaused();
	}

	// ---- TLS

	@Override
	public boolean isTls() {
		return socketTls() != null;
	}

	@Override
	public @Nullable TlsInfo tls() {
		SocketTls<T> tls = socketTls();
		return (tls != null) ? tls.info() : null;
	}

	@Override
	public byte[] exportKeyingMaterial(int length, String label, byte @Nullable [] context) {
		SocketTls<T> tls = socketTls();
		if (tls == null) {
			throw new IllegalStateException("Keying material needs TLS, and " + this + " is a plain socket");
		}
		return tls.exportKeyingMaterial(length, label, context);
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
		if (socketTls() != null) {
			throw new IllegalStateException("The socket already uses TLS");
		}
		if (this.state != ReadyState.OPEN) {
			throw new IllegalStateException("Only an open socket can be upgraded to TLS, this one is " + this.state);
		}
		SocketTls<T> tls = SocketTls.upgrade(this.channel, options, isClient(), remoteAddress(), result);
		this.channel.attr(TLS).set(tls);
		this.channel.pipeline().addFirst(tls.handler());
		if (!isClient()) {
			this.channel.pipeline().addFirst(new RenegotiationGuard(tls.handler()));
		}
	}

	// ---- state

	@Override
	public @Nullable TcpServer<T> listener() {
		return this.scope.listener();
	}

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
		return (long) BYTES_WRITTEN.getOpaque(this) + (long) BYTES_WRITTEN_OFF_LOOP.getVolatile(this);
	}

	@Override
	public long bytesRead() {
		return (long) BYTES_READ.getOpaque(this);
	}

	@Override
	public long id() {
		return this.id;
	}

	@Override
	public Instant openedAt() {
		return Instant.ofEpochMilli(this.openedAtMillis);
	}

	@Override
	public long outboundBufferedBytes() {
		ChannelOutboundBuffer buffer = this.channel.unsafe().outboundBuffer();
		return (buffer != null) ? buffer.totalPendingWriteBytes() : 0;
	}

	@Override
	public boolean isPaused() {
		return !this.channel.config().isAutoRead();
	}

	@Override
	public @Nullable InetSocketAddress localAddress() {
		return inet(this.channel.localAddress());
	}

	@Override
	public @Nullable String localFamily() {
		return family(localAddress());
	}

	@Override
	public @Nullable String remoteFamily() {
		return family(remoteAddress());
	}

	private static @Nullable String family(@Nullable InetSocketAddress address) {
		if (address == null) {
			return null;
		}
		return (address.getAddress() instanceof Inet6Address) ? "IPv6" : "IPv4";
	}

	@Override
	public @Nullable InetSocketAddress remoteAddress() {
		InetSocketAddress proxied = attribute(PROXIED_REMOTE_ADDRESS);
		return (proxied != null) ? proxied : inet(this.channel.remoteAddress());
	}

	@SuppressWarnings("unchecked")
	private @Nullable SocketTls<T> socketTls() {
		return (SocketTls<T>) attribute(TLS);
	}

	/**
	 * A channel attribute's value, without making the attribute when it has none.
	 */
	private <V> @Nullable V attribute(AttributeKey<V> key) {
		return this.channel.hasAttr(key) ? this.channel.attr(key).get() : null;
	}

	private static @Nullable InetSocketAddress inet(@Nullable SocketAddress address) {
		return (address instanceof InetSocketAddress inet) ? inet : null;
	}

	@Override
	public String toString() {
		return "TcpSocket[" + Addresses.format(this.channel.localAddress()) + " <-> "
				+ Addresses.format(this.channel.remoteAddress()) + ", " + this.state + "]";
	}

}
