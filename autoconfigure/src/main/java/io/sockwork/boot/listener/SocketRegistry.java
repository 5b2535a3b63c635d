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
import java.util.concurrent.CompletionException;
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
 * Owns the application's TCP listeners and UDP sockets: binds them on the shared {@link SocketEngine} when the
 * context starts (before the application reports ready; UDP sockets join their multicast groups then), and stops
 * them when it closes: listeners gracefully, UDP sockets at once after leaving their groups. The running servers and
 * channels are not beans; find them here by name.
 */
public final class SocketRegistry implements SmartLifecycle {

	/** The lifecycle phase: started after most beans, stopped before them, like Spring Boot's web server. */
	public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1024;

	private static final Logger logger = LoggerFactory.getLogger(SocketRegistry.class);

	private final SocketEngine engine;

	private final Duration gracePeriod;

	private final Map<String, TcpListenerEndpoint> endpoints = new LinkedHashMap<>();

	private final Map<String, TcpServer<?>> servers = Collections.synchronizedMap(new LinkedHashMap<>());

	private final Map<String, UdpSocketEndpoint> udpEndpoints = new LinkedHashMap<>();

	private final Map<String, UdpChannel> udpChannels = Collections.synchronizedMap(new LinkedHashMap<>());

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
		checkUnique(endpoint.name(), endpoint.source());
		this.endpoints.put(endpoint.name(), endpoint);
	}

	synchronized void register(UdpSocketEndpoint endpoint) {
		checkUnique(endpoint.name(), endpoint.source());
		this.udpEndpoints.put(endpoint.name(), endpoint);
	}

	private void checkUnique(String name, String source) {
		TcpListenerEndpoint listener = this.endpoints.get(name);
		UdpSocketEndpoint udpSocket = this.udpEndpoints.get(name);
		String existing = (listener != null) ? listener.source() : (udpSocket != null) ? udpSocket.source() : null;
		if (existing != null) {
			throw new InvalidListenerException(name,
					"Listener '" + name + "' is declared twice: by " + existing + " and by " + source + ".",
					"Give each listener and UDP socket its own name.");
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
	 * The running channel of a UDP socket.
	 * @param name the socket's name
	 * @return the channel, or {@code null} when no UDP socket of that name is running
	 */
	public @Nullable UdpChannel udpSocket(String name) {
		return this.udpChannels.get(name);
	}

	/**
	 * The running UDP channels by socket name, in declaration order.
	 * @return an unmodifiable snapshot
	 */
	public Map<String, UdpChannel> udpSockets() {
		synchronized (this.udpChannels) {
			return Collections.unmodifiableMap(new LinkedHashMap<>(this.udpChannels));
		}
	}

	/**
	 * The names of every declared UDP socket, running or not.
	 * @return the names, in declaration order
	 */
	public synchronized Set<String> udpSocketNames() {
		return Collections.unmodifiableSet(new LinkedHashSet<>(this.udpEndpoints.keySet()));
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
		for (UdpSocketEndpoint endpoint : this.udpEndpoints.values()) {
			this.udpChannels.put(endpoint.name(), bind(endpoint));
		}
		this.running = true;
	}

	private UdpChannel bind(UdpSocketEndpoint endpoint) {
		UdpChannel channel;
		try {
			channel = this.engine.udpSocket(endpoint.options(), endpoint.handler()).join();
		}
		catch (CompletionException ex) {
			stopNow();
			if (ex.getCause() instanceof SocketBindException bind) {
				throw new ListenerBindException(endpoint.name(), "UDP", bind);
			}
			throw ex;
		}
		try {
			endpoint.configurer().configure(channel);
		}
		catch (RuntimeException ex) {
			channel.close();
			stopNow();
			throw UdpSocketEndpointFactory.invalidSettings(endpoint.name(), endpoint.source(), ex);
		}
		List<String> groups = endpoint.configurer().groups();
		logger.info("UDP socket '{}' bound to {}{}", endpoint.name(), channel.address(),
				groups.isEmpty() ? "" : ", member of " + groups);
		return channel;
	}

	private void stopNow() {
		servers().values().forEach((server) -> server.stop(true));
		this.servers.clear();
		closeUdpSockets();
	}

	private void closeUdpSockets() {
		udpSockets().forEach((name, channel) -> {
			logger.info("Stopping UDP socket '{}'", name);
			this.udpEndpoints.get(name).configurer().leave(channel);
			channel.close();
		});
		this.udpChannels.clear();
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
		closeUdpSockets();
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
