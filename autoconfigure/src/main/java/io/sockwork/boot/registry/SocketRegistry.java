package io.sockwork.boot.registry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

import io.sockwork.boot.config.DeclaredEndpoints;
import io.sockwork.boot.config.InvalidListenerException;
import io.sockwork.boot.config.SocketEndpoint;
import io.sockwork.boot.config.TcpClientEndpoint;
import io.sockwork.boot.config.TcpListenerEndpoint;
import io.sockwork.boot.config.UdpSocketEndpoint;
import io.sockwork.boot.registry.EndpointLifecycle.Reconciled;
import io.sockwork.core.SocketEngine;
import io.sockwork.core.TcpServer;
import io.sockwork.core.TcpSocket;
import io.sockwork.core.TlsOptions;
import io.sockwork.core.UdpChannel;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationEventPublisherAware;
import org.springframework.context.SmartLifecycle;
import org.springframework.util.Assert;

/**
 * Owns the application's TCP listeners, UDP sockets and TCP clients, and drives each
 * through one lifecycle (start, reconcile, stop, describe), as Spring Kafka's
 * {@code KafkaListenerEndpointRegistry} drives its containers. It binds them on the
 * shared {@link SocketEngine} when the context starts (listeners, then UDP sockets, then
 * clients, before the application reports ready), and stops them when it closes (clients,
 * then UDP sockets, then listeners gracefully). The running servers, channels and clients
 * are not beans; find them here by name.
 * <p>
 * {@link #reload()} resolves the declared sockets again and reconciles every running one
 * with its new settings, without dropping a connection where the address stays; a socket
 * no longer declared stops gracefully and a new one starts. A failure leaves that socket
 * as it was and touches no other; it is logged, described and returned. Observers such as
 * meters {@link #addChangeListener follow the changes}. When a context closes for a
 * restart, its sockets are kept for the next context's registry, which adopts them by
 * name instead of binding (see {@link ServerHandoff}).
 */
public final class SocketRegistry implements SmartLifecycle, DisposableBean, ApplicationEventPublisherAware {

	/**
	 * The lifecycle phase: started after most beans, stopped before them, like Spring
	 * Boot's web server.
	 */
	public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1024;

	private static final Logger logger = LoggerFactory.getLogger(SocketRegistry.class);

	private static final Comparator<EndpointLifecycle<?>> START_ORDER = Comparator.comparing(EndpointLifecycle::kind);

	private final SocketEngine engine;

	private final Duration gracePeriod;

	/** Every declared socket by name, running or not, in declaration order. */
	private final Map<String, EndpointLifecycle<?>> sockets = Collections.synchronizedMap(new LinkedHashMap<>());

	/** Sockets no longer declared, stopping gracefully. */
	private final List<CompletableFuture<Void>> stopping = new ArrayList<>();

	private final List<SocketChangeListener> changeListeners = new CopyOnWriteArrayList<>();

	private final ReadinessPublisher readiness = new ReadinessPublisher();

	private @Nullable Supplier<DeclaredEndpoints> endpointSource;

	private volatile boolean running;

	/**
	 * Creates a registry.
	 * @param engine the engine that the sockets run on
	 * @param gracePeriod how long open sockets get to finish when the context closes
	 */
	public SocketRegistry(SocketEngine engine, Duration gracePeriod) {
		Assert.notNull(engine, "'engine' must not be null");
		Assert.notNull(gracePeriod, "'gracePeriod' must not be null");
		this.engine = engine;
		this.gracePeriod = gracePeriod;
	}

	@Override
	public void setApplicationEventPublisher(ApplicationEventPublisher publisher) {
		this.readiness.publisher(publisher);
	}

	/**
	 * Declares a TCP listener, bound when the registry starts.
	 * @param endpoint the listener
	 * @throws InvalidListenerException if its name is taken
	 */
	public void register(TcpListenerEndpoint endpoint) {
		declare(endpoint);
	}

	/**
	 * Declares a UDP socket, bound when the registry starts.
	 * @param endpoint the socket
	 * @throws InvalidListenerException if its name is taken
	 */
	public void register(UdpSocketEndpoint endpoint) {
		declare(endpoint);
	}

	/**
	 * Declares a TCP client, connected when the registry starts.
	 * @param endpoint the client
	 * @throws InvalidListenerException if its name is taken
	 */
	public void register(TcpClientEndpoint endpoint) {
		declare(endpoint);
	}

	private synchronized void declare(SocketEndpoint endpoint) {
		EndpointLifecycle<?> existing = this.sockets.get(endpoint.name());
		if (existing != null) {
			throw new InvalidListenerException(
					endpoint.name(), "Listener '" + endpoint.name() + "' is declared twice: by "
							+ existing.endpoint().source() + " and by " + endpoint.source() + ".",
					"Give each listener and UDP socket its own name.");
		}
		this.sockets.put(endpoint.name(), create(endpoint));
	}

	private EndpointLifecycle<?> create(SocketEndpoint endpoint) {
		if (endpoint instanceof TcpListenerEndpoint listener) {
			return new TcpListenerLifecycle(this.engine, listener);
		}
		if (endpoint instanceof UdpSocketEndpoint udpSocket) {
			return new UdpSocketLifecycle(this.engine, udpSocket);
		}
		return new TcpClientLifecycle(this.engine, (TcpClientEndpoint) endpoint);
	}

	/**
	 * Sets where {@link #reload()} gets the sockets from: it resolves the annotated
	 * methods again.
	 * @param source resolves the declared endpoints anew
	 */
	public synchronized void endpointSource(Supplier<DeclaredEndpoints> source) {
		this.endpointSource = source;
	}

	/**
	 * Subscribes an observer to the changes of the sockets. It is told at once of every
	 * socket running now, as if each had just bound.
	 * @param listener the observer
	 */
	public synchronized void addChangeListener(SocketChangeListener listener) {
		Assert.notNull(listener, "'listener' must not be null");
		this.changeListeners.add(listener);
		running(SocketKind.values()).forEach((lifecycle) -> listener
			.socketChanged(new SocketChange(SocketChange.Type.BOUND, lifecycle.name(), lifecycle.kind())));
	}

	/**
	 * Unsubscribes an observer.
	 * @param listener the observer
	 */
	public void removeChangeListener(SocketChangeListener listener) {
		this.changeListeners.remove(listener);
	}

	/**
	 * Replaces the TLS of a listener or client, for example after its certificate was
	 * rotated: a running server gives it to new connections while open ones keep theirs,
	 * a client's next connection (a reconnect) uses it while the open one keeps its TLS,
	 * and a later start uses it.
	 * @param name the listener's or client's name
	 * @param tls the new TLS options
	 * @throws IllegalStateException if no listener or client has that name, or it was
	 * declared without TLS
	 */
	public synchronized void reloadTls(String name, TlsOptions tls) {
		Assert.notNull(tls, "'tls' must not be null");
		TcpClientLifecycle client = lifecycle(name, TcpClientLifecycle.class);
		if (client != null) {
			Assert.state(client.endpoint().options().tls() != null,
					() -> "Client '" + name + "' was declared without TLS");
			client.reloadTls(tls);
			return;
		}
		TcpListenerLifecycle listener = lifecycle(name, TcpListenerLifecycle.class);
		Assert.state(listener != null, () -> "No listener or client named '" + name + "'");
		Assert.state(listener.endpoint().options().tls() != null,
				() -> "Listener '" + name + "' was declared without TLS");
		listener.reloadTls(tls);
	}

	/**
	 * The running server of a listener.
	 * @param name the listener's name
	 * @return the server, or {@code null} when no listener of that name is running
	 */
	public @Nullable TcpServer<?> server(String name) {
		TcpListenerLifecycle listener = lifecycle(name, TcpListenerLifecycle.class);
		return (listener != null) ? listener.server() : null;
	}

	/**
	 * The running servers by listener name, in declaration order.
	 * @return an unmodifiable snapshot
	 */
	public Map<String, TcpServer<?>> servers() {
		return collect(TcpListenerLifecycle.class, TcpListenerLifecycle::server);
	}

	/**
	 * The names of every declared listener, running or not.
	 * @return the names, in declaration order
	 */
	public Set<String> listenerNames() {
		return names(SocketKind.LISTENER);
	}

	/**
	 * The running channel of a UDP socket.
	 * @param name the socket's name
	 * @return the channel, or {@code null} when no UDP socket of that name is running
	 */
	public @Nullable UdpChannel udpSocket(String name) {
		UdpSocketLifecycle udpSocket = lifecycle(name, UdpSocketLifecycle.class);
		return (udpSocket != null) ? udpSocket.channel() : null;
	}

	/**
	 * The running UDP channels by socket name, in declaration order.
	 * @return an unmodifiable snapshot
	 */
	public Map<String, UdpChannel> udpSockets() {
		return collect(UdpSocketLifecycle.class, UdpSocketLifecycle::channel);
	}

	/**
	 * The multicast groups a UDP socket has joined now.
	 * @param name the socket's name
	 * @return the groups, empty when it joined none or is not running
	 */
	public List<String> udpSocketGroups(String name) {
		UdpSocketLifecycle udpSocket = lifecycle(name, UdpSocketLifecycle.class);
		return (udpSocket != null) ? udpSocket.joinedGroups() : List.of();
	}

	/**
	 * The names of every declared UDP socket, running or not.
	 * @return the names, in declaration order
	 */
	public Set<String> udpSocketNames() {
		return names(SocketKind.UDP_SOCKET);
	}

	/**
	 * The open socket of a TCP client ({@code @TcpClient}); a client that is reconnecting
	 * has none.
	 * @param name the client's name
	 * @return the socket, or {@code null} when the client is not connected or unknown
	 */
	public @Nullable TcpSocket<?> client(String name) {
		ReconnectingTcpClient client = runningClient(name);
		return (client != null) ? client.socket() : null;
	}

	/**
	 * The counters of a running TCP client.
	 * @param name the client's name
	 * @return the counters, or {@code null} when no client of that name is running
	 */
	public @Nullable TcpClientStats clientStats(String name) {
		return runningClient(name);
	}

	private @Nullable ReconnectingTcpClient runningClient(String name) {
		TcpClientLifecycle client = lifecycle(name, TcpClientLifecycle.class);
		return (client != null) ? client.client() : null;
	}

	/**
	 * The open sockets of the connected TCP clients by name, in declaration order.
	 * @return an unmodifiable snapshot
	 */
	public Map<String, TcpSocket<?>> clients() {
		return collect(TcpClientLifecycle.class, (client) -> {
			ReconnectingTcpClient running = client.client();
			return (running != null) ? running.socket() : null;
		});
	}

	/**
	 * The names of every declared TCP client, connected or not.
	 * @return the names, in declaration order
	 */
	public Set<String> clientNames() {
		return names(SocketKind.CLIENT);
	}

	/**
	 * Describes every declared socket as it is now: listeners, then UDP sockets, then
	 * clients, each in declaration order.
	 * @return the descriptions
	 */
	public List<SocketDescription> describe() {
		List<EndpointLifecycle<?>> all = snapshot();
		all.sort(START_ORDER);
		return all.stream().map(EndpointLifecycle::describe).toList();
	}

	private List<EndpointLifecycle<?>> snapshot() {
		synchronized (this.sockets) {
			return new ArrayList<>(this.sockets.values());
		}
	}

	private <L extends EndpointLifecycle<?>> @Nullable L lifecycle(String name, Class<L> type) {
		EndpointLifecycle<?> lifecycle = this.sockets.get(name);
		return type.isInstance(lifecycle) ? type.cast(lifecycle) : null;
	}

	private <L extends EndpointLifecycle<?>, V> Map<String, V> collect(Class<L> type, Function<L, @Nullable V> value) {
		Map<String, V> values = new LinkedHashMap<>();
		for (EndpointLifecycle<?> lifecycle : snapshot()) {
			if (type.isInstance(lifecycle)) {
				V current = value.apply(type.cast(lifecycle));
				if (current != null) {
					values.put(lifecycle.name(), current);
				}
			}
		}
		return Collections.unmodifiableMap(values);
	}

	private Set<String> names(SocketKind kind) {
		Set<String> names = new LinkedHashSet<>();
		snapshot().stream().filter((lifecycle) -> lifecycle.kind() == kind).forEach((l) -> names.add(l.name()));
		return Collections.unmodifiableSet(names);
	}

	private List<EndpointLifecycle<?>> running(SocketKind... kinds) {
		List<EndpointLifecycle<?>> running = new ArrayList<>();
		for (SocketKind kind : kinds) {
			snapshot().stream()
				.filter((lifecycle) -> lifecycle.kind() == kind && lifecycle.isRunning())
				.forEach(running::add);
		}
		return running;
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		Map<String, EndpointLifecycle<?>> kept = new LinkedHashMap<>(ServerHandoff.adopt(this.engine).sockets());
		List<SocketEndpoint> declared = snapshot().stream()
			.sorted(START_ORDER)
			.<SocketEndpoint>map(EndpointLifecycle::endpoint)
			.toList();
		this.sockets.clear();
		Map<String, RuntimeException> failures = reconcile(declared, kept, true);
		if (!failures.isEmpty()) {
			running(SocketKind.values()).forEach(this::stopNow);
			throw failures.values().iterator().next();
		}
		this.running = true;
	}

	/**
	 * Reloads every socket, as refreshing the context does: resolves the annotated
	 * handler methods and their settings again, then reconciles each running socket that
	 * is still declared with them (see {@link ReloadResult}), stops gracefully those no
	 * longer declared and starts the new ones. A listener or UDP socket whose address
	 * changed binds the new one first; a listener's old server stops accepting and serves
	 * its open connections until they close. A client whose server or SSL bundle changed
	 * connects to the new one.
	 * @return what could not be applied: each failed socket was left as it was
	 * @throws IllegalStateException if the registry is not running
	 */
	public synchronized ReloadResult reload() {
		Assert.state(this.running, "The socket registry is not running");
		Supplier<DeclaredEndpoints> source = this.endpointSource;
		if (source == null) {
			return new ReloadResult(Map.of());
		}
		List<SocketEndpoint> declared = source.get().all();
		Map<String, EndpointLifecycle<?>> current = new LinkedHashMap<>();
		snapshot().forEach((lifecycle) -> current.put(lifecycle.name(), lifecycle));
		this.stopping.removeIf(CompletableFuture::isDone);
		Map<String, RuntimeException> failures = reconcile(declared, current, false);
		this.readiness.update(describe());
		return new ReloadResult(failures);
	}

	/**
	 * Brings the sockets to {@code declared}.
	 * @param declared the endpoints, listeners first, then UDP sockets, then clients
	 * @param current the sockets running so far, by name; consumed
	 * @param startUp whether the registry starts ({@code current} are the sockets kept by
	 * a previous context; a failure stops at once) or reloads
	 * @return the failures by name
	 */
	private Map<String, RuntimeException> reconcile(List<SocketEndpoint> declared,
			Map<String, EndpointLifecycle<?>> current, boolean startUp) {
		Set<String> names = new LinkedHashSet<>();
		declared.forEach((endpoint) -> names.add(endpoint.name()));
		current.entrySet().removeIf((entry) -> {
			if (names.contains(entry.getKey())) {
				return false;
			}
			retire(entry.getValue(), startUp);
			return true;
		});
		Map<String, RuntimeException> failures = new LinkedHashMap<>();
		Map<String, EndpointLifecycle<?>> next = new LinkedHashMap<>();
		for (SocketEndpoint endpoint : declared) {
			EndpointLifecycle<?> lifecycle = current.remove(endpoint.name());
			if (lifecycle != null && !lifecycle.accepts(endpoint)) {
				retire(lifecycle, startUp);
				lifecycle = null;
			}
			if (lifecycle == null) {
				lifecycle = create(endpoint);
			}
			next.put(endpoint.name(), lifecycle);
			this.sockets.put(endpoint.name(), lifecycle);
			if (!failures.isEmpty() && startUp) {
				continue;
			}
			try {
				Reconciled outcome = lifecycle.reconcile(endpoint);
				lifecycle.failure(null);
				publish((startUp || outcome == Reconciled.STARTED) ? SocketChange.Type.BOUND
						: (outcome == Reconciled.MOVED) ? SocketChange.Type.MOVED : null, lifecycle);
			}
			catch (RuntimeException ex) {
				lifecycle.failure(ex.getMessage());
				failures.put(endpoint.name(), ex);
				if (!startUp) {
					logger.error("{} '{}' could not be reloaded and is left as it was: {}", describeKind(lifecycle),
							endpoint.name(), ex.getMessage(), ex);
				}
			}
		}
		this.sockets.keySet().retainAll(next.keySet());
		return failures;
	}

	private void retire(EndpointLifecycle<?> lifecycle, boolean startUp) {
		if (!lifecycle.isRunning()) {
			return;
		}
		if (startUp) {
			lifecycle.stopNow();
		}
		else {
			logger.info("{} '{}' is no longer declared: stopping, open connections get up to {}",
					describeKind(lifecycle), lifecycle.name(), this.gracePeriod);
			this.stopping.add(lifecycle.stop(this.gracePeriod));
		}
		publish(SocketChange.Type.STOPPED, lifecycle);
	}

	private static String describeKind(EndpointLifecycle<?> lifecycle) {
		return switch (lifecycle.kind()) {
			case LISTENER -> "Listener";
			case UDP_SOCKET -> "UDP socket";
			case CLIENT -> "Client";
		};
	}

	private void stopNow(EndpointLifecycle<?> lifecycle) {
		lifecycle.stopNow();
		publish(SocketChange.Type.STOPPED, lifecycle);
	}

	private void publish(SocketChange.@Nullable Type type, EndpointLifecycle<?> lifecycle) {
		if (type == null) {
			return;
		}
		SocketChange change = new SocketChange(type, lifecycle.name(), lifecycle.kind());
		for (SocketChangeListener listener : this.changeListeners) {
			try {
				listener.socketChanged(change);
			}
			catch (RuntimeException ex) {
				logger.warn("Socket change listener {} failed on {}", listener, change, ex);
			}
		}
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
		List<CompletableFuture<Void>> stopping = new ArrayList<>(this.stopping);
		this.stopping.clear();
		List<EndpointLifecycle<?>> running = running(SocketKind.CLIENT, SocketKind.UDP_SOCKET, SocketKind.LISTENER);
		for (EndpointLifecycle<?> lifecycle : running) {
			stopping.add(lifecycle.stop(this.gracePeriod));
			publish(SocketChange.Type.STOPPED, lifecycle);
		}
		CompletableFuture.allOf(stopping.toArray(CompletableFuture[]::new))
			.whenComplete((result, ex) -> callback.run());
	}

	/**
	 * Keeps the running sockets for the next context when the registry is destroyed
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
		Map<String, EndpointLifecycle<?>> kept = new LinkedHashMap<>();
		running(SocketKind.values()).forEach((lifecycle) -> {
			kept.put(lifecycle.name(), lifecycle);
			publish(SocketChange.Type.STOPPED, lifecycle);
		});
		ServerHandoff.park(this.engine, new ServerHandoff.Kept(kept));
		this.sockets.clear();
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
