package io.sockwork.core;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Options of {@link SocketEngine#connect}.
 *
 * @param host the host name or address to connect to (names are resolved)
 * @param port the port
 * @param connectTimeout how long the connection may take
 * @param socket the options of the socket
 * @param tls the TLS of the connection, or {@code null} for plain TCP
 */
public record TcpConnectOptions(String host, int port, Duration connectTimeout, TcpSocketOptions socket,
		@Nullable TlsOptions tls) {

	/** The connect timeout unless another is given. */
	public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

	/**
	 * Validates the options.
	 */
	public TcpConnectOptions {
		if (host == null || host.isBlank()) {
			throw new IllegalArgumentException("'host' must not be empty");
		}
		Ports.check(port);
		if (port == 0) {
			throw new IllegalArgumentException("'port' must not be 0 for a connection");
		}
		if (connectTimeout == null || connectTimeout.isNegative() || connectTimeout.isZero()) {
			throw new IllegalArgumentException("'connectTimeout' must be positive, was " + connectTimeout);
		}
		if (socket == null) {
			throw new IllegalArgumentException("'socket' must not be null");
		}
	}

	/**
	 * Options to connect to {@code host} and {@code port}, with defaults for the rest.
	 * @param host the host name or address
	 * @param port the port
	 * @return the options
	 */
	public static TcpConnectOptions to(String host, int port) {
		return new TcpConnectOptions(host, port, DEFAULT_CONNECT_TIMEOUT, TcpSocketOptions.DEFAULT, null);
	}

	/**
	 * Returns a copy with the given connect timeout.
	 * @param connectTimeout how long the connection may take
	 * @return the new options
	 */
	public TcpConnectOptions withConnectTimeout(Duration connectTimeout) {
		return new TcpConnectOptions(this.host, this.port, connectTimeout, this.socket, this.tls);
	}

	/**
	 * Returns a copy with the given socket options.
	 * @param socket the socket options
	 * @return the new options
	 */
	public TcpConnectOptions withSocket(TcpSocketOptions socket) {
		return new TcpConnectOptions(this.host, this.port, this.connectTimeout, socket, this.tls);
	}

	/**
	 * Returns a copy with the given TLS ({@link TlsOptions#client()} is Bun's {@code tls: true}).
	 * @param tls the connection's TLS, or {@code null} for plain TCP
	 * @return the new options
	 */
	public TcpConnectOptions withTls(@Nullable TlsOptions tls) {
		return new TcpConnectOptions(this.host, this.port, this.connectTimeout, this.socket, tls);
	}

}
