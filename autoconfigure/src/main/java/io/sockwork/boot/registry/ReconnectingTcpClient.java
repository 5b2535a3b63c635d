package io.sockwork.boot.registry;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

import io.sockwork.boot.config.ReconnectBackoff;
import io.sockwork.boot.config.TcpClientEndpoint;
import io.sockwork.boot.handler.ForwardingTcpHandler;
import io.sockwork.core.Addresses;
import io.sockwork.core.ReadyState;
import io.sockwork.core.SocketEngine;
import io.sockwork.core.TcpConnectOptions;
import io.sockwork.core.TcpHandler;
import io.sockwork.core.TcpSocket;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.NestedExceptionUtils;

/**
 * Keeps one TCP client connected: connects on {@link #start()}, and whenever the
 * connection fails or drops, connects again after the {@link ReconnectBackoff backoff}
 * delay, scheduled on the engine's event loop, until {@link #stop()}. The failure count,
 * and so the delay, starts over once a connection opens.
 * <p>
 * The log shows each change of state once, not each attempt: the first failed attempt
 * (WARN, with its reason; the stack trace at DEBUG), a connection (INFO, with the failed
 * attempts before it), and a lost connection (WARN). Later failed attempts log at DEBUG
 * only, until a connection opens.
 */
final class ReconnectingTcpClient implements TcpClientStats {

	private static final Logger logger = LoggerFactory.getLogger(ReconnectingTcpClient.class);

	private final SocketEngine engine;

	private volatile TcpClientEndpoint endpoint;

	private final TrackingHandler handler;

	private volatile @Nullable TcpSocket<Object> socket;

	private @Nullable ScheduledFuture<?> pending;

	private int failures;

	// Failed attempts since the last connection (the first one is logged); guarded by
	// this.
	private int failedAttempts;

	private final LongAdder connectionsOpened = new LongAdder();

	private final LongAdder reconnectAttempts = new LongAdder();

	private final LongAdder bytesReceived = new LongAdder();

	/** Bytes written on the connections closed so far. */
	private final LongAdder bytesSentBefore = new LongAdder();

	private boolean running;

	ReconnectingTcpClient(SocketEngine engine, TcpClientEndpoint endpoint) {
		this.engine = engine;
		this.endpoint = endpoint;
		this.handler = new TrackingHandler(endpoint.handler());
	}

	/**
	 * Gives the open connection, and the ones after it, the handlers of {@code endpoint},
	 * and the next reconnection its backoff; the connection is kept.
	 * @param endpoint an endpoint with the same target
	 */
	void reload(TcpClientEndpoint endpoint) {
		this.endpoint = endpoint;
		this.handler.delegate = endpoint.handler();
	}

	/**
	 * Starts connecting; returns at once, whether or not the server is up.
	 */
	synchronized void start() {
		if (!this.running) {
			this.running = true;
			connect();
		}
	}

	/**
	 * Stops reconnecting and closes the open connection, if any.
	 */
	void stop() {
		TcpSocket<Object> open;
		synchronized (this) {
			this.running = false;
			if (this.pending != null) {
				this.pending.cancel(false);
				this.pending = null;
			}
			open = this.socket;
			this.socket = null;
		}
		if (open != null) {
			open.close();
		}
	}

	/**
	 * The open socket.
	 * @return the socket, or {@code null} while not connected
	 */
	@Nullable TcpSocket<Object> socket() {
		return this.socket;
	}

	String name() {
		return this.endpoint.name();
	}

	/**
	 * The method that declared the client, for messages.
	 */
	String source() {
		return this.endpoint.source();
	}

	private synchronized void connect() {
		this.pending = null;
		if (!this.running) {
			return;
		}
		this.engine.connect(this.endpoint.options(), this.handler).whenComplete((socket, error) -> {
			if (error != null) {
				connectFailed(error);
				reconnectLater();
			}
			else {
				opened(socket);
			}
		});
	}

	private void connectFailed(Throwable error) {
		boolean first;
		synchronized (this) {
			first = this.running && this.failedAttempts == 0;
			this.failedAttempts++;
		}
		if (first) {
			logger.warn("Client '{}' could not connect to {}: {}; retrying with backoff, logged again once connected",
					name(), target(), reason(error));
		}
		if (logger.isDebugEnabled()) {
			logger.debug("Client '" + name() + "' could not connect to " + target(), error);
		}
	}

	private void opened(TcpSocket<Object> socket) {
		boolean stale;
		int failedBefore;
		synchronized (this) {
			stale = !this.running;
			failedBefore = this.failedAttempts;
			if (!stale) {
				this.socket = socket;
				this.failures = 0;
				this.failedAttempts = 0;
			}
		}
		if (stale) {
			socket.close();
			return;
		}
		this.connectionsOpened.increment();
		if (failedBefore > 0) {
			logger.info("Client '{}' connected to {} after {} failed attempt{}", name(), target(), failedBefore,
					(failedBefore != 1) ? "s" : "");
		}
		else {
			logger.info("Client '{}' connected to {}", name(), target());
		}
		if (socket.readyState() == ReadyState.CLOSED) {
			// Closed before it was recorded as the client's socket, so its close event
			// was not counted.
			closed(socket);
		}
	}

	private void closed(TcpSocket<Object> socket) {
		synchronized (this) {
			if (this.socket != socket) {
				return;
			}
			this.socket = null;
		}
		this.bytesSentBefore.add(socket.bytesWritten());
		logger.warn("Client '{}' lost its connection to {}; reconnecting", name(), target());
		reconnectLater();
	}

	private synchronized void reconnectLater() {
		if (!this.running || this.pending != null) {
			return;
		}
		this.failures++;
		this.reconnectAttempts.increment();
		Duration delay = this.endpoint.backoff().delay(this.failures, ThreadLocalRandom.current()::nextDouble);
		try {
			this.pending = this.engine.eventLoopGroup().schedule(this::connect, delay.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (RejectedExecutionException ex) {
			// The engine is shutting down: nothing left to connect with.
			this.running = false;
		}
	}

	/**
	 * Where the client connects, for the log: {@code host:port} ({@code [host]:port} for
	 * an IPv6 address) or the Unix domain socket file.
	 */
	private String target() {
		TcpConnectOptions options = this.endpoint.options();
		String host = options.host();
		return (options.unix() != null || host == null) ? options.target() : Addresses.format(host, options.port());
	}

	/**
	 * The reason of a failed attempt in one line: the root cause's message, or its type
	 * when it has none.
	 */
	private static String reason(Throwable error) {
		Throwable cause = NestedExceptionUtils.getMostSpecificCause(error);
		String message = cause.getMessage();
		return (message != null && !message.isBlank()) ? message : cause.getClass().getSimpleName();
	}

	@Override
	public boolean isConnected() {
		return this.socket != null;
	}

	@Override
	public long connectionsOpened() {
		return this.connectionsOpened.sum();
	}

	@Override
	public long reconnectAttempts() {
		return this.reconnectAttempts.sum();
	}

	@Override
	public long bytesReceived() {
		return this.bytesReceived.sum();
	}

	@Override
	public long bytesSent() {
		TcpSocket<Object> open = this.socket;
		return this.bytesSentBefore.sum() + ((open != null) ? open.bytesWritten() : 0);
	}

	@Override
	public String toString() {
		return "TcpClient '" + name() + "' to " + target();
	}

	/**
	 * The client's handler set, which also tells the loop when a connection closes.
	 */
	private final class TrackingHandler extends ForwardingTcpHandler {

		private volatile TcpHandler<Object> delegate;

		TrackingHandler(TcpHandler<Object> delegate) {
			this.delegate = delegate;
		}

		@Override
		protected TcpHandler<Object> delegate() {
			return this.delegate;
		}

		@Override
		public void data(TcpSocket<Object> socket, ByteBuffer data) {
			ReconnectingTcpClient.this.bytesReceived.add(data.remaining());
			super.data(socket, data);
		}

		@Override
		public void close(TcpSocket<Object> socket, @Nullable Throwable error) {
			try {
				super.close(socket, error);
			}
			finally {
				closed(socket);
			}
		}

	}

}
