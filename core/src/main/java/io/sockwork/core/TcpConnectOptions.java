package io.sockwork.core;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Options of {@link SocketEngine#connect}.
 *
 * @param host the host name or address to connect to (names are resolved); for a Unix
 * domain socket, {@code null} or the server name TLS checks
 * @param port the port; 0 for a Unix domain socket
 * @param connectTimeout how long the connection may take
 * @param socket the options of the socket
 * @param tls the TLS of the connection, or {@code null} for plain TCP
 * @param unix the Unix domain socket file to connect to instead of a host and port (Bun's
 * {@code unix}), or {@code null} for TCP
 * @param ipv6Only whether only the host's IPv6 addresses are tried (Bun's
 * {@code ipv6Only}); a host with none fails with {@link java.net.UnknownHostException}
 * @param framing how the byte stream is cut into the messages {@code data} receives, as a
 * listener's {@link TcpListenOptions#framing() framing}
 * @param idleTimeout the time without traffic after which the connected socket gets
 * {@link TcpHandler#timeout timeout} and is closed, or {@code null} for none
 */
public record TcpConnectOptions(@Nullable String host, int port, Duration connectTimeout, TcpSocketOptions socket,
		@Nullable TlsOptions tls, @Nullable Path unix, boolean ipv6Only, Framing framing,
		@Nullable Duration idleTimeout) {

	/** The connect timeout unless another is given. */
	public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

	/**
	 * Validates the options.
	 */
	public TcpConnectOptions {
		if (unix == null) {
			if (host == null || host.isBlank()) {
				throw new IllegalArgumentException("'host' must not be empty");
			}
			Ports.check(port);
			if (port == 0) {
				throw new IllegalArgumentException("'port' must not be 0 for a connection");
			}
		}
		else if (port != 0) {
			throw new IllegalArgumentException(
					"A Unix domain socket connection takes no 'port', connecting to " + unix);
		}
		if (connectTimeout == null || connectTimeout.isNegative() || connectTimeout.isZero()) {
			throw new IllegalArgumentException(
					"'connectTimeout' must be positive, was " + Durations.format(connectTimeout));
		}
		if (socket == null) {
			throw new IllegalArgumentException("'socket' must not be null");
		}
		if (ipv6Only && unix != null) {
			throw new IllegalArgumentException(
					"'ipv6Only' does not apply to a Unix domain socket, connecting to " + unix);
		}
		if (framing == null) {
			throw new IllegalArgumentException("'framing' must not be null");
		}
		if (idleTimeout != null && (idleTimeout.isNegative() || idleTimeout.isZero())) {
			throw new IllegalArgumentException("'idleTimeout' must be positive, was " + idleTimeout);
		}
	}

	/**
	 * Options to connect to {@code host} and {@code port}, with defaults for the rest.
	 * @param host the host name or address
	 * @param port the port
	 * @return the options
	 */
	public static TcpConnectOptions to(String host, int port) {
		return new TcpConnectOptions(host, port, DEFAULT_CONNECT_TIMEOUT, TcpSocketOptions.DEFAULT, null, null, false,
				Framing.raw(), null);
	}

	/**
	 * Options to connect to a Unix domain socket file, with defaults for the rest (Bun's
	 * {@code unix}).
	 * @param path the socket file
	 * @return the options
	 */
	public static TcpConnectOptions unix(Path path) {
		if (path == null) {
			throw new IllegalArgumentException("'path' must not be null");
		}
		return new TcpConnectOptions(null, 0, DEFAULT_CONNECT_TIMEOUT, TcpSocketOptions.DEFAULT, null, path, false,
				Framing.raw(), null);
	}

	/**
	 * Whether the connection goes to a Unix domain socket.
	 * @return {@code true} when {@link #unix()} is set
	 */
	public boolean isUnix() {
		return this.unix != null;
	}

	/**
	 * Where the connection goes, for messages: {@code host:port} or the socket file.
	 * @return the target
	 */
	public String target() {
		return (this.unix != null) ? "unix:" + this.unix : Addresses.format(String.valueOf(this.host), this.port);
	}

	/**
	 * Returns a copy with the given connect timeout.
	 * @param connectTimeout how long the connection may take
	 * @return the new options
	 */
	public TcpConnectOptions withConnectTimeout(Duration connectTimeout) {
		return new TcpConnectOptions(this.host, this.port, connectTimeout, this.socket, this.tls, this.unix,
				this.ipv6Only, this.framing, this.idleTimeout);
	}

	/**
	 * Returns a copy with the given socket options.
	 * @param socket the socket options
	 * @return the new options
	 */
	public TcpConnectOptions withSocket(TcpSocketOptions socket) {
		return new TcpConnectOptions(this.host, this.port, this.connectTimeout, socket, this.tls, this.unix,
				this.ipv6Only, this.framing, this.idleTimeout);
	}

	/**
	 * Returns a copy with the given TLS ({@link TlsOptions#client()} is Bun's
	 * {@code tls: true}).
	 * @param tls the connection's TLS, or {@code null} for plain TCP
	 * @return the new options
	 */
	public TcpConnectOptions withTls(@Nullable TlsOptions tls) {
		return new TcpConnectOptions(this.host, this.port, this.connectTimeout, this.socket, tls, this.unix,
				this.ipv6Only, this.framing, this.idleTimeout);
	}

	/**
	 * Returns a copy that tries the host's IPv6 addresses only (or not).
	 * @param ipv6Only whether only IPv6 addresses are tried
	 * @return the new options
	 */
	public TcpConnectOptions withIpv6Only(boolean ipv6Only) {
		return new TcpConnectOptions(this.host, this.port, this.connectTimeout, this.socket, this.tls, this.unix,
				ipv6Only, this.framing, this.idleTimeout);
	}

	/**
	 * Returns a copy with the given framing.
	 * @param framing how the byte stream is cut into messages
	 * @return the new options
	 */
	public TcpConnectOptions withFraming(Framing framing) {
		return new TcpConnectOptions(this.host, this.port, this.connectTimeout, this.socket, this.tls, this.unix,
				this.ipv6Only, framing, this.idleTimeout);
	}

	/**
	 * Returns a copy with the given idle timeout.
	 * @param idleTimeout the time without traffic after which the socket times out, or
	 * {@code null} for none
	 * @return the new options
	 */
	public TcpConnectOptions withIdleTimeout(@Nullable Duration idleTimeout) {
		return new TcpConnectOptions(this.host, this.port, this.connectTimeout, this.socket, this.tls, this.unix,
				this.ipv6Only, this.framing, idleTimeout);
	}

}
