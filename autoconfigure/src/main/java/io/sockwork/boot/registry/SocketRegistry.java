package io.sockwork.boot.registry;

import io.sockwork.boot.config.DeclaredEndpoints;
import io.sockwork.boot.config.InvalidListenerException;
import io.sockwork.boot.config.ListenerBindException;
import io.sockwork.boot.config.TcpClientEndpoint;
import io.sockwork.boot.config.TcpListenerEndpoint;
import io.sockwork.boot.config.UdpSocketEndpoint;

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
import java.util.function.Supplier;

import io.sockwork.core.SocketBindException;
import io.sockwork.core.SocketEngine;
import io.sockwork.core.TcpServer;
import io.sockwork.core.TcpSocket;
import io.sockwork.core.TlsOptions;
import io.sockwork.core.UdpChannel;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.util.Assert;

/**
 * Owns the application's TCP listeners, TCP clients and UDP sockets: binds them on the
 * shared {@link SocketEngine} when the context starts (before the application reports
 * ready; UDP sockets join their multicast groups then), and stops them when it closes:
 * listeners gracefully, UDP sockets at once after leaving their groups. Clients connect
 * after the listeners bind, reconnect with backoff until the context stops, and are
 * closed first. The running servers and channels are not beans; find them here by name.
 * <p>
 * {@link #reload()} re-resolves the annotated handler methods and applies them to the
 * running servers without dropping a connection. When a context closes for a restart, its
 * servers are kept for the next context's registry, which adopts them by name instead of
 * binding (see {@link ServerHandoff}).
 */
public final class SocketRegistry implements SmartLifecycle, DisposableBean {

	/**
	 * The lifecycle phase: started after most beans, stopped before them, like Spring
	 * Boot's web server.
	 */
	public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1024;

	private static final Logger logger = LoggerFactory.getLogger(SocketRegistry.class);

	private final SocketEngine engine;

	private final Duration gracePeriod;

	private final Map<String, TcpListenerEndpoint> endpoints = new LinkedHashMap<>();

	private final Map<String, TcpServer<?>> servers = Collections.synchronizedMap(new LinkedHashMap<>());

	private final TcpListenerReloader reloader;

	/**
	 * Servers that moved to a new address and still serve the connections accepted on the
	 * old one.
	 */
	private final List<TcpServer<?>> retired = new ArrayList<>();

	/** Listeners no longer declared, stopping gracefully. */
	private final List<CompletableFuture<Void>> stopping = new ArrayList<>();

	private @Nullable Supplier<DeclaredEndpoints> endpointSource;

	private final Map<String, UdpSocketEndpoint> udpEndpoints = new LinkedHashMap<>();

	private final Map<String, UdpChannel> udpChannels = Collections.synchronizedMap(new LinkedHashMap<>());

	private final Map<String, ReconnectingTcpClient> clients = Collections.synchronizedMap(new LinkedHashMap<>());

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
		this.reloader = new TcpListenerReloader(engine);
	}

	/**
	 * Declares a TCP listener, bound when the registry starts.
	 * @param endpoint the listener
	 * @throws InvalidListenerException if its name is taken
	 */
	public synchronized void register(TcpListenerEndpoint endpoint) {
		checkUnique(endpoint.name(), endpoint.source());
		this.endpoints.put(endpoint.name(), endpoint);
	}

	/**
	 * Declares a UDP socket, bound when the registry starts.
	 * @param endpoint the socket
	 * @throws InvalidListenerException if its name is taken
	 */
	public synchronized void register(UdpSocketEndpoint endpoint) {
		checkUnique(endpoint.name(), endpoint.source());
		this.udpEndpoints.put(endpoint.name(), endpoint);
	}

	/**
	 * Declares a TCP client, connected when the registry starts.
	 * @param endpoint the client
	 * @throws InvalidListenerException if its name is taken
	 */
	public synchronized void register(TcpClientEndpoint endpoint) {
		registerClient(endpoint);
	}

	private ReconnectingTcpClient registerClient(TcpClientEndpoint endpoint) {
		checkUnique(endpoint.name(), endpoint.source());
		ReconnectingTcpClient client = new ReconnectingTcpClient(this.engine, endpoint);
		this.clients.put(endpoint.name(), client);
		return client;
	}

	private void checkUnique(String name, String source) {
		TcpListenerEndpoint listener = this.endpoints.get(name);
		UdpSocketEndpoint udpSocket = this.udpEndpoints.get(name);
		ReconnectingTcpClient client = this.clients.get(name);
		String existing = (listener != null) ? listener.source()
				: (udpSocket != null) ? udpSocket.source() : (client != null) ? client.source() : null;
		if (existing != null) {
			throw new InvalidListenerException(name,
					"Listener '" + name + "' is declared twice: by " + existing + " and by " + source + ".",
					"Give each listener and UDP socket its own name.");
		}
	}

	/**
	 * Replaces the TLS of a listener, for example after its certificate was rotated: a
	 * running server gives it to new connections while open ones keep theirs, and a later
	 * start binds with it.
	 * @param name the listener's name
	 * @param tls the new TLS options
	 * @throws IllegalStateException if the listener is unknown or was declared without
	 * TLS
	 */
	public synchronized void reloadTls(String name, TlsOptions tls) {
		Assert.notNull(tls, "'tls' must not be null");
		TcpListenerEndpoint endpoint = this.endpoints.get(name);
		Assert.state(endpoint != null, () -> "No listener named '" + name + "'");
		Assert.state(endpoint.options().tls() != null, () -> "Listener '" + name + "' was declared without TLS");
		this.endpoints.put(name, endpoint.withOptions(endpoint.options().withTls(tls)));
		TcpServer<?> server = this.servers.get(name);
		if (server != null) {
			server.reloadTls(tls);
		}
	}

	/**
	 * Sets where {@link #reload()} gets the listeners from: it resolves the annotated
	 * methods again.
	 * @param source resolves the declared endpoints anew
	 */
	public synchronized void endpointSource(Supplier<DeclaredEndpoints> source) {
		this.endpointSource = source;
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

	/**
	 * The open socket of a TCP client ({@code @TcpClient}); a client that is reconnecting
	 * has none.
	 * @param name the client's name
	 * @return the socket, or {@code null} when the client is not connected or unknown
	 */
	public @Nullable TcpSocket<?> client(String name) {
		ReconnectingTcpClient client = this.clients.get(name);
		return (client != null) ? client.socket() : null;
	}

	/**
	 * The open sockets of the connected TCP clients by name, in declaration order.
	 * @return an unmodifiable snapshot
	 */
	public Map<String, TcpSocket<?>> clients() {
		Map<String, TcpSocket<?>> open = new LinkedHashMap<>();
		synchronized (this.clients) {
			this.clients.forEach((name, client) -> {
				TcpSocket<?> socket = client.socket();
				if (socket != null) {
					open.put(name, socket);
				}
			});
		}
		return Collections.unmodifiableMap(open);
	}

	/**
	 * The names of every declared TCP client, connected or not.
	 * @return the names, in declaration order
	 */
	public Set<String> clientNames() {
		synchronized (this.clients) {
			return Collections.unmodifiableSet(new LinkedHashSet<>(this.clients.keySet()));
		}
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		ServerHandoff.Kept kept = ServerHandoff.adopt(this.engine);
		ListenerBindException failure = update(kept.listeners());
		if (failure != null) {
			stopNow();
			throw failure;
		}
		updateUdpSockets(kept.udpSockets());
		adoptClients(kept.clients());
		this.running = true;
	}

	/**
	 * Reloads every listener, as refreshing the context does: resolves the annotated
	 * handler methods and their settings again, then gives each running server whose
	 * listener is still declared its new handlers and settings, keeping its port and its
	 * open connections. A listener whose address changed binds the new one first; its old
	 * server stops accepting and serves its open connections until they close. A listener
	 * no longer declared stops gracefully; a new one binds.
	 * @throws IllegalStateException if the registry is not running
	 * @throws ListenerBindException if a new listener cannot bind (every other change is
	 * applied)
	 */
	public synchronized void reload() {
		Assert.state(this.running, "The socket registry is not running");
		Supplier<DeclaredEndpoints> source = this.endpointSource;
		if (source == null) {
			return;
		}
		DeclaredEndpoints declared = source.get();
		Map<String, RunningListener> current = runningListeners();
		Map<String, UdpChannel> currentUdpSockets = new LinkedHashMap<>(udpSockets());
		this.endpoints.clear();
		this.udpEndpoints.clear();
		declared.listeners().forEach(this::register);
		declared.udpSockets().forEach(this::register);
		ListenerBindException failure = update(current);
		updateUdpSockets(currentUdpSockets);
		declared.clients().forEach(this::reloadClient);
		if (failure != null) {
			throw failure;
		}
	}

	/**
	 * Gives a running client its new handlers, keeping its connection; a client declared
	 * anew starts connecting.
	 */
	private void reloadClient(TcpClientEndpoint endpoint) {
		ReconnectingTcpClient running = this.clients.get(endpoint.name());
		if (running != null) {
			running.reload(endpoint.handler());
			logger.info("Client '{}' reloaded", endpoint.name());
			return;
		}
		registerClient(endpoint).start();
	}

	/**
	 * Brings the running UDP sockets to the declared endpoints: a socket still declared
	 * on the same port keeps its channel and gets the new handler, others bind, and those
	 * no longer declared close.
	 * @param current the channels running so far, by name; consumed
	 */
	private void updateUdpSockets(Map<String, UdpChannel> current) {
		for (UdpSocketEndpoint endpoint : this.udpEndpoints.values()) {
			UdpChannel running = current.remove(endpoint.name());
			int port = endpoint.options().port();
			if (running != null && !running.isClosed() && (port == 0 || port == running.port())) {
				running.reload(endpoint.handler());
				this.udpChannels.put(endpoint.name(), running);
				logger.info("UDP socket '{}' on {} reloaded", endpoint.name(), running.address());
			}
			else {
				if (running != null) {
					running.close();
				}
				this.udpChannels.put(endpoint.name(), bind(endpoint));
			}
		}
		current.forEach((name, removed) -> {
			logger.info("UDP socket '{}' is no longer declared: closing", name);
			this.udpChannels.remove(name);
			removed.close();
		});
	}

	/**
	 * Brings the running listeners to the declared endpoints.
	 * @param current the listeners running so far, by name; consumed
	 * @return the first failure to bind a new listener, after every other listener was
	 * updated
	 */
	private @Nullable ListenerBindException update(Map<String, RunningListener> current) {
		this.retired.removeIf((server) -> server.connectionCount() == 0);
		this.stopping.removeIf(CompletableFuture::isDone);
		ListenerBindException failure = null;
		for (TcpListenerEndpoint endpoint : List.copyOf(this.endpoints.values())) {
			RunningListener running = current.remove(endpoint.name());
			try {
				RunningListener updated = (running != null) ? this.reloader.reload(running, endpoint, this.retired)
						: bind(endpoint);
				this.endpoints.put(endpoint.name(), updated.endpoint());
				this.servers.put(endpoint.name(), updated.server());
			}
			catch (SocketBindException ex) {
				failure = (failure != null) ? failure : new ListenerBindException(endpoint.name(), ex);
			}
		}
		current.forEach((name, removed) -> {
			this.servers.remove(name);
			logger.info("Listener '{}' is no longer declared: stopping, {} open connection(s) get up to {}", name,
					removed.server().connectionCount(), this.gracePeriod);
			this.stopping.add(removed.server().stopGracefully(this.gracePeriod));
		});
		return failure;
	}

	private RunningListener bind(TcpListenerEndpoint endpoint) {
		TcpServer<Object> server = this.engine.listen(endpoint.options(), endpoint.handler());
		logger.info("Listener '{}' bound to {}:{}", endpoint.name(), server.hostname(), server.port());
		return new RunningListener(endpoint, server);
	}

	@SuppressWarnings("unchecked")
	private Map<String, RunningListener> runningListeners() {
		Map<String, RunningListener> running = new LinkedHashMap<>();
		servers().forEach((name, server) -> {
			TcpListenerEndpoint endpoint = this.endpoints.get(name);
			Assert.state(endpoint != null, () -> "Listener '" + name + "' runs without an endpoint");
			running.put(name, new RunningListener(endpoint, (TcpServer<Object>) server));
		});
		return running;
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
			throw InvalidListenerException.udpSocketSettings(endpoint.name(), endpoint.source(), ex);
		}
		List<String> groups = endpoint.configurer().groups();
		logger.info("UDP socket '{}' bound to {}{}", endpoint.name(), channel.address(),
				groups.isEmpty() ? "" : ", member of " + groups);
		return channel;
	}

	/**
	 * Starts the declared clients, adopting with their new handlers those a previous
	 * context kept connected. Connecting never fails start-up: a server that is down is
	 * tried again until it is up.
	 * @param kept the clients kept by the previous context, by name; consumed
	 */
	private void adoptClients(Map<String, ReconnectingTcpClient> kept) {
		for (Map.Entry<String, ReconnectingTcpClient> entry : List.copyOf(this.clients.entrySet())) {
			ReconnectingTcpClient adopted = kept.remove(entry.getKey());
			if (adopted != null) {
				adopted.reload(entry.getValue().handler());
				this.clients.put(entry.getKey(), adopted);
			}
			else {
				entry.getValue().start();
			}
		}
		kept.values().forEach(ReconnectingTcpClient::stop);
	}

	private void stopClients() {
		List.copyOf(this.clients.values()).forEach(ReconnectingTcpClient::stop);
	}

	private void stopNow() {
		stopClients();
		servers().values().forEach((server) -> server.stop(true));
		this.servers.clear();
		closeUdpSockets();
	}

	private void closeUdpSockets() {
		udpSockets().forEach((name, channel) -> {
			logger.info("Stopping UDP socket '{}'", name);
			UdpSocketEndpoint endpoint = this.udpEndpoints.get(name);
			if (endpoint != null) {
				endpoint.configurer().leave(channel);
			}
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
		if (ServerHandoff.isRestarting()) {
			park();
			callback.run();
			return;
		}
		stopClients();
		closeUdpSockets();
		List<CompletableFuture<Void>> stopping = new ArrayList<>(this.stopping);
		servers().forEach((name, server) -> {
			logger.info("Stopping listener '{}', {} open connection(s) get up to {}", name, server.connectionCount(),
					this.gracePeriod);
			stopping.add(server.stopGracefully(this.gracePeriod));
		});
		this.retired.forEach((server) -> stopping.add(server.stopGracefully(this.gracePeriod)));
		this.servers.clear();
		this.retired.clear();
		this.stopping.clear();
		CompletableFuture.allOf(stopping.toArray(CompletableFuture[]::new))
			.whenComplete((result, ex) -> callback.run());
	}

	/**
	 * Keeps the running servers for the next context when the registry is destroyed
	 * without being stopped first, which is what refreshing a refreshable context again
	 * does.
	 */
	@Override
	public synchronized void destroy() {
		if (this.running) {
			this.running = false;
			park();
		}
	}

	private void park() {
		ServerHandoff.park(this.engine,
				new ServerHandoff.Kept(runningListeners(), udpSockets(), new LinkedHashMap<>(this.clients)));
		this.servers.clear();
		this.udpChannels.clear();
		this.clients.clear();
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
