package io.sockwork.core;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;

import io.netty.util.NetUtil;
import org.jspecify.annotations.Nullable;

/**
 * Options of {@link SocketEngine#listen}.
 *
 * @param host the address to bind, or {@code null} for every interface
 * @param port the port, 0 for an ephemeral one
 * @param backlog the accept backlog, 0 for the system's default
 * @param reusePort whether SO_REUSEPORT is set, so that several processes can listen on
 * one port (native transports only)
 * @param idleTimeout the time without traffic after which a socket gets
 * {@link TcpHandler#timeout timeout} and is closed, or {@code null} for none
 * @param maxConnections the most open connections; more are closed at once and counted; 0
 * for no limit
 * @param socket the options of each accepted socket
 * @param tls the TLS of the server, or {@code null} for plain TCP
 * @param framing how the byte stream is cut into the messages {@code data} receives
 * @param proxyProtocol whether every connection starts with a PROXY protocol (v1 or v2)
 * header, whose source becomes the socket's remote address; connections without a valid
 * header are closed
 * @param unix the Unix domain socket file to listen on instead of a host and port (Bun's
 * {@code unix}), or {@code null} for TCP; a stale file left there is removed before
 * binding, and the file is removed when the server stops
 * @param data the initial {@link TcpSocket#data() data} of each accepted socket (Bun's
 * {@code data}), called once per socket and once for the server's own
 * {@link TcpServer#data() data}; {@code null} for none. A supplier that returns one
 * shared object gives Bun's behaviour exactly; its type must be the handler's data type
 * @param ipv6Only whether only IPv6 peers are accepted (Bun's {@code ipv6Only}): native
 * transports set IPV6_V6ONLY, NIO (which cannot set it) closes IPv4 peers as they are
 * accepted; the host must be an IPv6 address, or {@code null} for every IPv6 interface
 * @param proxyProtocolTimeout how long a connection may take to send its whole PROXY
 * protocol header before it is closed and counted as rejected (with
 * {@code proxyProtocol}); {@link #DEFAULT_PROXY_PROTOCOL_TIMEOUT} by default
 */
public record TcpListenOptions(@Nullable String host, int port, int backlog, boolean reusePort,
		@Nullable Duration idleTimeout, int maxConnections, TcpSocketOptions socket, @Nullable TlsOptions tls,
		Framing framing, boolean proxyProtocol, @Nullable Path unix, @Nullable Supplier<?> data, boolean ipv6Only,
		Duration proxyProtocolTimeout) {

	/**
	 * How long a connection may take to send its PROXY protocol header unless configured
	 * otherwise: a proxy sends it at once.
	 */
	public static final Duration DEFAULT_PROXY_PROTOCOL_TIMEOUT = Duration.ofSeconds(5);

	/**
	 * Validates the options.
	 */
	public TcpListenOptions {
		Ports.check(port);
		if (backlog < 0) {
			throw new IllegalArgumentException("'backlog' must not be negative, was " + backlog);
		}
		if (maxConnections < 0) {
			throw new IllegalArgumentException("'maxConnections' must not be negative, was " + maxConnections);
		}
		if (idleTimeout != null && (idleTimeout.isNegative() || idleTimeout.isZero())) {
			throw new IllegalArgumentException("'idleTimeout' must be positive, was " + Durations.format(idleTimeout));
		}
		if (socket == null) {
			throw new IllegalArgumentException("'socket' must not be null");
		}
		if (tls != null && tls.keyManagers() == null) {
			throw new IllegalArgumentException("A TLS listener needs 'tls.keyManagers' (its key and certificate)");
		}
		if (framing == null) {
			throw new IllegalArgumentException("'framing' must not be null");
		}
		if (proxyProtocolTimeout == null || proxyProtocolTimeout.isNegative() || proxyProtocolTimeout.isZero()) {
			throw new IllegalArgumentException(
					"'proxyProtocolTimeout' must be positive, was " + Durations.format(proxyProtocolTimeout));
		}
		if (unix != null && (host != null || port != 0 || reusePort)) {
			throw new IllegalArgumentException(
					"A Unix domain socket listener takes no 'host', 'port' or 'reusePort', listening on " + unix);
		}
		if (ipv6Only && (unix != null || (host != null && !NetUtil.isValidIpV6Address(host)))) {
			throw new IllegalArgumentException("'ipv6Only' needs an IPv6 address (or no host) to listen on, not "
					+ ((unix != null) ? unix : host));
		}
	}

	/**
	 * Options with the given address, limits, socket options, TLS, framing and PROXY
	 * protocol, without initial data and not IPv6 only.
	 * @param host the address to bind, or {@code null} for every interface
	 * @param port the port, 0 for an ephemeral one
	 * @param backlog the accept backlog, 0 for the system's default
	 * @param reusePort whether SO_REUSEPORT is set
	 * @param idleTimeout the idle timeout, or {@code null} for none
	 * @param maxConnections the most open connections, 0 for no limit
	 * @param socket the options of each accepted socket
	 * @param tls the TLS of the server, or {@code null} for plain TCP
	 * @param framing how the byte stream is cut into messages
	 * @param proxyProtocol whether connections start with a PROXY protocol header
	 * @param unix the Unix domain socket file, or {@code null} for TCP
	 */
	public TcpListenOptions(@Nullable String host, int port, int backlog, boolean reusePort,
			@Nullable Duration idleTimeout, int maxConnections, TcpSocketOptions socket, @Nullable TlsOptions tls,
			Framing framing, boolean proxyProtocol, @Nullable Path unix) {
		this(host, port, backlog, reusePort, idleTimeout, maxConnections, socket, tls, framing, proxyProtocol, unix,
				null, false, DEFAULT_PROXY_PROTOCOL_TIMEOUT);
	}

	/**
	 * Options with raw framing and without PROXY protocol.
	 * @param host the address to bind, or {@code null} for every interface
	 * @param port the port, 0 for an ephemeral one
	 * @param backlog the accept backlog, 0 for the system's default
	 * @param reusePort whether SO_REUSEPORT is set
	 * @param idleTimeout the idle timeout, or {@code null} for none
	 * @param maxConnections the most open connections, 0 for no limit
	 * @param socket the options of each accepted socket
	 * @param tls the TLS of the server, or {@code null} for plain TCP
	 */
	public TcpListenOptions(@Nullable String host, int port, int backlog, boolean reusePort,
			@Nullable Duration idleTimeout, int maxConnections, TcpSocketOptions socket, @Nullable TlsOptions tls) {
		this(host, port, backlog, reusePort, idleTimeout, maxConnections, socket, tls, Framing.raw(), false, null);
	}

	/**
	 * Options to listen on a Unix domain socket file, with defaults for the rest (Bun's
	 * {@code unix}).
	 * @param path the socket file
	 * @return the options
	 */
	public static TcpListenOptions unix(Path path) {
		if (path == null) {
			throw new IllegalArgumentException("'path' must not be null");
		}
		return port(0).withUnix(path);
	}

	/**
	 * Returns a copy that listens on a Unix domain socket file instead of a host and
	 * port.
	 * @param unix the socket file, or {@code null} for TCP
	 * @return the new options
	 */
	public TcpListenOptions withUnix(@Nullable Path unix) {
		return new TcpListenOptions(this.host, this.port, this.backlog, this.reusePort, this.idleTimeout,
				this.maxConnections, this.socket, this.tls, this.framing, this.proxyProtocol, unix, this.data,
				this.ipv6Only, this.proxyProtocolTimeout);
	}

	/**
	 * Options to listen on {@code port} of every interface, with defaults for the rest.
	 * @param port the port, 0 for an ephemeral one
	 * @return the options
	 */
	public static TcpListenOptions port(int port) {
		return new TcpListenOptions(null, port, 0, false, null, 0, TcpSocketOptions.DEFAULT, null);
	}

	/**
	 * Returns a copy bound to {@code host}.
	 * @param host the address to bind, or {@code null} for every interface
	 * @return the new options
	 */
	public TcpListenOptions withHost(@Nullable String host) {
		return new TcpListenOptions(host, this.port, this.backlog, this.reusePort, this.idleTimeout,
				this.maxConnections, this.socket, this.tls, this.framing, this.proxyProtocol, this.unix, this.data,
				this.ipv6Only, this.proxyProtocolTimeout);
	}

	/**
	 * Returns a copy with the given backlog.
	 * @param backlog the accept backlog, 0 for the default
	 * @return the new options
	 */
	public TcpListenOptions withBacklog(int backlog) {
		return new TcpListenOptions(this.host, this.port, backlog, this.reusePort, this.idleTimeout,
				this.maxConnections, this.socket, this.tls, this.framing, this.proxyProtocol, this.unix, this.data,
				this.ipv6Only, this.proxyProtocolTimeout);
	}

	/**
	 * Returns a copy with the given SO_REUSEPORT setting.
	 * @param reusePort whether SO_REUSEPORT is set
	 * @return the new options
	 */
	public TcpListenOptions withReusePort(boolean reusePort) {
		return new TcpListenOptions(this.host, this.port, this.backlog, reusePort, this.idleTimeout,
				this.maxConnections, this.socket, this.tls, this.framing, this.proxyProtocol, this.unix, this.data,
				this.ipv6Only, this.proxyProtocolTimeout);
	}

	/**
	 * Returns a copy with the given idle timeout.
	 * @param idleTimeout the idle timeout, or {@code null} for none
	 * @return the new options
	 */
	public TcpListenOptions withIdleTimeout(@Nullable Duration idleTimeout) {
		return new TcpListenOptions(this.host, this.port, this.backlog, this.reusePort, idleTimeout,
				this.maxConnections, this.socket, this.tls, this.framing, this.proxyProtocol, this.unix, this.data,
				this.ipv6Only, this.proxyProtocolTimeout);
	}

	/**
	 * Returns a copy with the given connection limit.
	 * @param maxConnections the most open connections, 0 for no limit
	 * @return the new options
	 */
	public TcpListenOptions withMaxConnections(int maxConnections) {
		return new TcpListenOptions(this.host, this.port, this.backlog, this.reusePort, this.idleTimeout,
				maxConnections, this.socket, this.tls, this.framing, this.proxyProtocol, this.unix, this.data,
				this.ipv6Only, this.proxyProtocolTimeout);
	}

	/**
	 * Returns a copy with the given options for accepted sockets.
	 * @param socket the socket options
	 * @return the new options
	 */
	public TcpListenOptions withSocket(TcpSocketOptions socket) {
		return new TcpListenOptions(this.host, this.port, this.backlog, this.reusePort, this.idleTimeout,
				this.maxConnections, socket, this.tls, this.framing, this.proxyProtocol, this.unix, this.data,
				this.ipv6Only, this.proxyProtocolTimeout);
	}

	/**
	 * Returns a copy with the given TLS.
	 * @param tls the server's TLS, or {@code null} for plain TCP
	 * @return the new options
	 */
	public TcpListenOptions withTls(@Nullable TlsOptions tls) {
		return new TcpListenOptions(this.host, this.port, this.backlog, this.reusePort, this.idleTimeout,
				this.maxConnections, this.socket, tls, this.framing, this.proxyProtocol, this.unix, this.data,
				this.ipv6Only, this.proxyProtocolTimeout);
	}

	/**
	 * Returns a copy with the given framing.
	 * @param framing how the byte stream is cut into messages
	 * @return the new options
	 */
	public TcpListenOptions withFraming(Framing framing) {
		return new TcpListenOptions(this.host, this.port, this.backlog, this.reusePort, this.idleTimeout,
				this.maxConnections, this.socket, this.tls, framing, this.proxyProtocol, this.unix, this.data,
				this.ipv6Only, this.proxyProtocolTimeout);
	}

	/**
	 * Returns a copy that expects (or not) a PROXY protocol header on every connection.
	 * @param proxyProtocol whether connections start with a PROXY protocol header
	 * @return the new options
	 */
	public TcpListenOptions withProxyProtocol(boolean proxyProtocol) {
		return new TcpListenOptions(this.host, this.port, this.backlog, this.reusePort, this.idleTimeout,
				this.maxConnections, this.socket, this.tls, this.framing, proxyProtocol, this.unix, this.data,
				this.ipv6Only, this.proxyProtocolTimeout);
	}

	/**
	 * Returns a copy that gives each accepted socket the initial data {@code data}
	 * supplies (Bun's {@code data}).
	 * @param data what supplies each socket's initial data, or {@code null} for none
	 * @return the new options
	 */
	public TcpListenOptions withData(@Nullable Supplier<?> data) {
		return new TcpListenOptions(this.host, this.port, this.backlog, this.reusePort, this.idleTimeout,
				this.maxConnections, this.socket, this.tls, this.framing, this.proxyProtocol, this.unix, data,
				this.ipv6Only, this.proxyProtocolTimeout);
	}

	/**
	 * Returns a copy that accepts IPv6 peers only (or not).
	 * @param ipv6Only whether only IPv6 peers are accepted
	 * @return the new options
	 */
	public TcpListenOptions withIpv6Only(boolean ipv6Only) {
		return new TcpListenOptions(this.host, this.port, this.backlog, this.reusePort, this.idleTimeout,
				this.maxConnections, this.socket, this.tls, this.framing, this.proxyProtocol, this.unix, this.data,
				ipv6Only, this.proxyProtocolTimeout);
	}

	/**
	 * Returns a copy with another PROXY protocol header timeout.
	 * @param proxyProtocolTimeout how long a connection may take to send its header
	 * @return the new options
	 */
	public TcpListenOptions withProxyProtocolTimeout(Duration proxyProtocolTimeout) {
		return new TcpListenOptions(this.host, this.port, this.backlog, this.reusePort, this.idleTimeout,
				this.maxConnections, this.socket, this.tls, this.framing, this.proxyProtocol, this.unix, this.data,
				this.ipv6Only, proxyProtocolTimeout);
	}

}
