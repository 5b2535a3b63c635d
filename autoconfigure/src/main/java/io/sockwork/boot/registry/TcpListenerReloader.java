package io.sockwork.boot.registry;

import io.sockwork.boot.config.TcpListenerEndpoint;

import java.util.List;
import java.util.Objects;

import io.sockwork.core.SocketBindException;
import io.sockwork.core.SocketEngine;
import io.sockwork.core.TcpListenOptions;
import io.sockwork.core.TcpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a running listener to a newly resolved endpoint without dropping a connection:
 * new handlers and the options that can change in place go to the running server; a new
 * address is bound first, then the old server stops accepting and keeps serving its open
 * connections, with the new handlers, until they close.
 */
final class TcpListenerReloader {

	private static final Logger logger = LoggerFactory.getLogger(TcpListenerReloader.class);

	private final SocketEngine engine;

	TcpListenerReloader(SocketEngine engine) {
		this.engine = engine;
	}

	/**
	 * Applies {@code next} to {@code current}.
	 * @param retired collects the servers that stopped accepting but still serve open
	 * connections
	 * @return the listener as it now runs
	 */
	RunningListener reload(RunningListener current, TcpListenerEndpoint next, List<TcpServer<?>> retired) {
		String name = next.name();
		TcpServer<Object> server = current.server();
		TcpListenOptions from = current.endpoint().options();
		TcpListenOptions to = next.options();
		if (!sameAddress(from, to)) {
			try {
				TcpServer<Object> rebound = this.engine.listen(to, next.handler());
				apply(server, from, next);
				server.stop(false);
				retired.add(server);
				logger.info(
						"Listener '{}' moved from {}:{} to {}:{}; its {} open connection(s) stay on the old "
								+ "address until they close",
						name, server.hostname(), server.port(), rebound.hostname(), rebound.port(),
						server.connectionCount());
				return new RunningListener(next, rebound);
			}
			catch (SocketBindException ex) {
				logger.warn("Listener '{}' stays on {}:{}: {}", name, server.hostname(), server.port(),
						ex.getMessage());
				apply(server, from, next);
				return new RunningListener(next.withOptions(addressOf(from, to)), server);
			}
		}
		apply(server, from, next);
		logger.info("Listener '{}' on {}:{} reloaded, {} open connection(s) kept", name, server.hostname(),
				server.port(), server.connectionCount());
		return new RunningListener(next, server);
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
				&& Objects.equals(from.unix(), to.unix());
	}

	/**
	 * The options {@code to} on the address of {@code from}, for a server that could not
	 * move. A new framing or PROXY protocol setting applies to new connections; open ones
	 * keep theirs.
	 */
	private static TcpListenOptions addressOf(TcpListenOptions from, TcpListenOptions to) {
		return new TcpListenOptions(from.host(), from.port(), from.backlog(), from.reusePort(), to.idleTimeout(),
				to.maxConnections(), to.socket(), from.tls(), to.framing(), to.proxyProtocol(), from.unix());
	}

}
