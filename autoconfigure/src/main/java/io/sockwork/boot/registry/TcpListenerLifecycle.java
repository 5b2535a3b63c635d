package io.sockwork.boot.registry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import io.sockwork.boot.config.InvalidListenerException;
import io.sockwork.boot.config.ListenerBindException;
import io.sockwork.boot.config.TcpListenerEndpoint;
import io.sockwork.core.Addresses;
import io.sockwork.core.Durations;
import io.sockwork.core.SocketBindException;
import io.sockwork.core.SocketEngine;
import io.sockwork.core.TcpListenOptions;
import io.sockwork.core.TcpServer;
import io.sockwork.core.TlsOptions;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lifecycle of a TCP listener. A reconcile gives the running server its new handlers
 * and every option that can change in place, without dropping a connection; a new address
 * is bound first, then the old server stops accepting and keeps serving its open
 * connections, with the new handlers, until they close.
 */
final class TcpListenerLifecycle extends EndpointLifecycle<TcpListenerEndpoint> {

	private static final Logger logger = LoggerFactory.getLogger(TcpListenerLifecycle.class);

	private volatile @Nullable TcpServer<Object> server;

	/**
	 * Servers that moved to a new address and still serve the connections accepted on the
	 * old one.
	 */
	private final List<TcpServer<?>> retired = new ArrayList<>();

	TcpListenerLifecycle(SocketEngine engine, TcpListenerEndpoint endpoint) {
		super(engine, SocketKind.LISTENER, TcpListenerEndpoint.class, endpoint);
	}

	/**
	 * The running server.
	 * @return the server, or {@code null} when not bound
	 */
	@Nullable TcpServer<Object> server() {
		return this.server;
	}

	@Override
	boolean isRunning() {
		return this.server != null;
	}

	@Override
	void start() {
		TcpServer<Object> bound = bind(endpoint());
		this.server = bound;
		logger.info("Listener '{}' bound to {}", name(), address(bound));
	}

	private TcpServer<Object> bind(TcpListenerEndpoint endpoint) {
		try {
			return engine().listen(endpoint.options(), endpoint.handler());
		}
		catch (SocketBindException ex) {
			throw new ListenerBindException(endpoint.name(), ex);
		}
		catch (IllegalArgumentException ex) {
			// An option this engine's transport cannot apply (reusePort on NIO).
			throw new InvalidListenerException(endpoint.name(),
					"Listener '" + endpoint.name() + "' declared by " + endpoint.source() + " cannot listen on the "
							+ engine().transport() + " transport: " + ex.getMessage(),
					"Run on a native transport (sockwork.engine.transport=epoll or io_uring, with Netty's native library"
							+ " for this platform on the classpath), or turn the option off (sockwork.tcp.listeners."
							+ endpoint.name() + ".reuse-port, @TcpListener(reusePort)).");
		}
	}

	@Override
	Reconciled reconcileRunning(TcpListenerEndpoint next) {
		TcpServer<Object> current = Objects.requireNonNull(this.server);
		this.retired.removeIf((server) -> server.connectionCount() == 0);
		TcpListenOptions from = endpoint().options();
		TcpListenOptions to = next.options();
		if (!sameAddress(from, to)) {
			TcpServer<Object> rebound;
			try {
				rebound = bind(next);
			}
			catch (ListenerBindException ex) {
				logger.warn("Listener '{}' stays on {}: {}", name(), address(current), ex.getMessage());
				apply(current, from, next);
				endpoint(next.withOptions(addressOf(from, to)));
				throw ex;
			}
			apply(current, from, next);
			current.stop(false);
			this.retired.add(current);
			this.server = rebound;
			endpoint(next);
			logger.info(
					"Listener '{}' moved from {} to {}; its {} open connection(s) stay on the old address "
							+ "until they close",
					name(), address(current), address(rebound), current.connectionCount());
			return Reconciled.MOVED;
		}
		apply(current, from, next);
		endpoint(next);
		logger.info("Listener '{}' on {} reloaded, {} open connection(s) kept", name(), address(current),
				current.connectionCount());
		return Reconciled.KEPT;
	}

	/**
	 * Gives new connections other TLS, for example after the certificate was rotated;
	 * open ones keep theirs.
	 */
	void reloadTls(TlsOptions tls) {
		endpoint(endpoint().withOptions(endpoint().options().withTls(tls)));
		TcpServer<Object> running = this.server;
		if (running != null) {
			running.reloadTls(tls);
		}
	}

	private static void apply(TcpServer<Object> server, TcpListenOptions from, TcpListenerEndpoint next) {
		server.reconfigure(next.options());
		if (from.tls() != null && next.options().tls() != null) {
			server.reloadTls(next.options().tls());
		}
		server.reload(next.handler());
	}

	/**
	 * Whether two options bind the same way: an ephemeral port stays the port already
	 * bound.
	 */
	private static boolean sameAddress(TcpListenOptions from, TcpListenOptions to) {
		return Objects.equals(from.host(), to.host()) && from.port() == to.port() && from.backlog() == to.backlog()
				&& from.reusePort() == to.reusePort() && (from.tls() == null) == (to.tls() == null)
				&& Objects.equals(from.unix(), to.unix()) && from.ipv6Only() == to.ipv6Only();
	}

	/**
	 * The options {@code to} on the address of {@code from}, for a server that could not
	 * move. A new framing, PROXY protocol setting or initial data applies to new
	 * connections; open ones keep theirs.
	 */
	private static TcpListenOptions addressOf(TcpListenOptions from, TcpListenOptions to) {
		return new TcpListenOptions(from.host(), from.port(), from.backlog(), from.reusePort(), to.idleTimeout(),
				to.maxConnections(), to.socket(), from.tls(), to.framing(), to.proxyProtocol(), from.unix(), to.data(),
				from.ipv6Only(), to.proxyProtocolTimeout());
	}

	@Override
	CompletableFuture<Void> stop(Duration gracePeriod) {
		List<CompletableFuture<Void>> stopping = new ArrayList<>();
		TcpServer<Object> running = this.server;
		this.server = null;
		if (running != null) {
			logger.info("Stopping listener '{}', {} open connection(s) get up to {}", name(), running.connectionCount(),
					Durations.format(gracePeriod));
			stopping.add(running.stopGracefully(gracePeriod));
		}
		this.retired.forEach((server) -> stopping.add(server.stopGracefully(gracePeriod)));
		this.retired.clear();
		return CompletableFuture.allOf(stopping.toArray(CompletableFuture[]::new));
	}

	@Override
	void stopNow() {
		TcpServer<Object> running = this.server;
		this.server = null;
		if (running != null) {
			running.stop(true);
		}
		this.retired.forEach((server) -> server.stop(true));
		this.retired.clear();
	}

	@Override
	SocketDescription describe() {
		TcpServer<Object> running = this.server;
		if (running == null) {
			return new SocketDescription(name(), kind(), SocketState.STOPPED, null, null, true, failure());
		}
		return new SocketDescription(name(), kind(),
				running.isListening() ? SocketState.LISTENING : SocketState.STOPPED, address(running), running.isTls(),
				true, failure());
	}

	private static String address(TcpServer<Object> server) {
		return Addresses.format(server.hostname(), server.port());
	}

}
