package io.sockwork.boot.registry;

import java.net.InetSocketAddress;

import io.sockwork.boot.config.TcpClientEndpoint;
import io.sockwork.core.Addresses;
import io.sockwork.core.ReadyState;
import io.sockwork.core.SocketEngine;
import io.sockwork.core.TcpSocket;
import io.sockwork.core.TlsOptions;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lifecycle of a TCP client. A reconcile gives the running client its new handlers
 * and backoff, keeping its connection; a new host, port, socket file, timeout, socket
 * option or SSL bundle closes the connection and connects to the new target.
 */
final class TcpClientLifecycle extends EndpointLifecycle<TcpClientEndpoint> {

	private static final Logger logger = LoggerFactory.getLogger(TcpClientLifecycle.class);

	private volatile @Nullable ReconnectingTcpClient client;

	TcpClientLifecycle(SocketEngine engine, TcpClientEndpoint endpoint) {
		super(engine, SocketKind.CLIENT, TcpClientEndpoint.class, endpoint);
	}

	/**
	 * The running client.
	 * @return the client, or {@code null} when stopped
	 */
	@Nullable ReconnectingTcpClient client() {
		return this.client;
	}

	@Override
	boolean isRunning() {
		return this.client != null;
	}

	@Override
	void start() {
		ReconnectingTcpClient started = new ReconnectingTcpClient(engine(), endpoint());
		this.client = started;
		started.start();
	}

	@Override
	Reconciled reconcileRunning(TcpClientEndpoint next) {
		ReconnectingTcpClient running = this.client;
		if (running != null && endpoint().sameTarget(next)) {
			running.reload(next);
			endpoint(next);
			logger.info("Client '{}' reloaded", name());
			return Reconciled.KEPT;
		}
		logger.info("Client '{}' moves from {} to {}", name(), endpoint().options().target(), next.options().target());
		stopNow();
		endpoint(next);
		start();
		return Reconciled.MOVED;
	}

	/**
	 * Gives the next connection other TLS, for example after the bundle was updated; the
	 * open connection keeps its TLS.
	 */
	void reloadTls(TlsOptions tls) {
		TcpClientEndpoint next = endpoint().withTls(tls);
		endpoint(next);
		ReconnectingTcpClient running = this.client;
		if (running != null) {
			running.reload(next);
		}
	}

	@Override
	void stopNow() {
		ReconnectingTcpClient running = this.client;
		this.client = null;
		if (running != null) {
			running.stop();
		}
	}

	@Override
	SocketDescription describe() {
		ReconnectingTcpClient running = this.client;
		boolean required = endpoint().required();
		TcpSocket<?> socket = (running != null) ? running.socket() : null;
		if (socket == null || socket.readyState() == ReadyState.CLOSED) {
			return new SocketDescription(name(), kind(),
					(running != null) ? SocketState.CONNECTING : SocketState.STOPPED, null, null, required, failure());
		}
		InetSocketAddress server = socket.remoteAddress();
		return new SocketDescription(name(), kind(), SocketState.CONNECTED,
				(server != null) ? Addresses.format(server) : null, socket.isTls(), required, failure());
	}

}
