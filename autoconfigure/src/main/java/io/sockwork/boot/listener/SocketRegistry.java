package io.sockwork.boot.listener;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.sockwork.core.SocketBindException;
import io.sockwork.core.SocketEngine;
import io.sockwork.core.TcpServer;
import io.sockwork.core.UdpChannel;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.util.Assert;

/**
 * Owns the application's listeners: binds them on the shared {@link SocketEngine} when the context starts (before
 * the application reports ready), and stops them gracefully when it closes. The running servers are not beans;
 * find them here by name.
 */
public final class SocketRegistry implements SmartLifecycle {

	/** The lifecycle phase: started after most beans, stopped before them, like Spring Boot's web server. */
	public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1024;

	private static final Logger logger = LoggerFactory.getLogger(SocketRegistry.class);

	private final SocketEngine engine;

	private final Duration gracePeriod;

	private final Map<String, TcpListenerEndpoint> endpoints = new LinkedHashMap<>();

	private final Map<String, TcpServer<?>> servers = Collections.synchronizedMap(new LinkedHashMap<>());

	private volatile boolean running;

	/**
	 * Creates a registry.
	 * @param engine the engine that the listeners bind on
	 * @param gracePeriod how long open sockets get to finish when the context closes
	 */
	public SocketRegistry(SocketEngine engine, Duration gracePeriod) {
		Assert.notNull(engine, "'engine' must not be null");
		Assert.notNull(gracePeriod, "'gracePeriod' must not be null");
		this.engine = engine;
		this.gracePeriod = gracePeriod;
	}

	synchronized void register(TcpListenerEndpoint endpoint) {
		TcpListenerEndpoint existing = this.endpoints.putIfAbsent(endpoint.name(), endpoint);
		if (existing != null) {
			throw new InvalidListenerException(endpoint.name(),
					"Listener '" + endpoint.name() + "' is declared twice: by " + existing.source() + " and by "
							+ endpoint.source() + ".",
					"Give each listener its own name.");
		}
	}

	/**
	 * The running server of a listener.
	 * @param name the listener's name
	 * @return the server, or {@code null} when no listener of that name is running
	 */
	public @Nullable TcpServer<?> server(String name) {
		return this.servers.get(name);
	}

	/**
	 * The running servers by listener name, in declaration order.
	 * @return an unmodifiable snapshot
	 */
	public Map<String, TcpServer<?>> servers() {
		synchronized (this.servers) {
			return Collections.unmodifiableMap(new LinkedHashMap<>(this.servers));
		}
	}

	/**
	 * The names of every declared listener, running or not.
	 * @return the names, in declaration order
	 */
	public synchronized Set<String> listenerNames() {
		return Collections.unmodifiableSet(new LinkedHashSet<>(this.endpoints.keySet()));
	}

	/**
	 * The bound UDP socket of that name.
	 * @param name the socket's name
	 * @return the socket, or {@code null} when no UDP socket of that name is bound
	 */
	public @Nullable UdpChannel udpSocket(String name) {
		// Stub until the UDP annotation model merges: no UDP socket is declared yet.
		return null;
	}

	/**
	 * The bound UDP sockets by name, in declaration order.
	 * @return an unmodifiable snapshot
	 */
	public Map<String, UdpChannel> udpSockets() {
		return Map.of();
	}

	/**
	 * The names of every declared UDP socket, bound or not.
	 * @return the names, in declaration order
	 */
	public Set<String> udpSocketNames() {
		return Set.of();
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		for (TcpListenerEndpoint endpoint : this.endpoints.values()) {
			try {
				TcpServer<Object> server = this.engine.listen(endpoint.options(), endpoint.handler());
				this.servers.put(endpoint.name(), server);
				logger.info("Listener '{}' bound to {}:{}", endpoint.name(), server.hostname(), server.port());
			}
			catch (SocketBindException ex) {
				stopNow();
				throw new ListenerBindException(endpoint.name(), ex);
			}
		}
		this.running = true;
	}

	private void stopNow() {
		servers().values().forEach((server) -> server.stop(true));
		this.servers.clear();
	}

	@Override
	public void stop() {
		CountDownLatch stopped = new CountDownLatch(1);
		stop(stopped::countDown);
		try {
			stopped.await(this.gracePeriod.toMillis() + 1000, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public synchronized void stop(Runnable callback) {
		this.running = false;
		List<CompletableFuture<Void>> stopping = new ArrayList<>();
		servers().forEach((name, server) -> {
			logger.info("Stopping listener '{}', {} open connection(s) get up to {}", name,
					server.connectionCount(), this.gracePeriod);
			stopping.add(server.stopGracefully(this.gracePeriod));
		});
		this.servers.clear();
		CompletableFuture.allOf(stopping.toArray(CompletableFuture[]::new))
			.whenComplete((result, ex) -> callback.run());
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
