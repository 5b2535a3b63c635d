package io.sockwork.boot.config;

import java.util.Objects;

import io.sockwork.core.TcpConnectOptions;
import io.sockwork.core.TcpHandler;
import io.sockwork.core.TlsOptions;
import org.jspecify.annotations.Nullable;

/**
 * A TCP client ready to connect: its name, the method that declared it, its options,
 * backoff and handler set.
 *
 * @param name the client's name
 * @param source the declaring method, for messages
 * @param options the engine's options, TLS included
 * @param tlsBundle the SSL bundle the TLS options come from, or {@code null} for plain
 * TCP
 * @param backoff how long to wait before connecting again
 * @param required whether the application's health depends on the client being connected
 * @param handler the handler set of the client's sockets
 */
public record TcpClientEndpoint(String name, String source, TcpConnectOptions options, @Nullable String tlsBundle,
		ReconnectBackoff backoff, boolean required, TcpHandler<Object> handler) implements SocketEndpoint {

	/**
	 * Whether {@code other} connects to the same server the same way: same address,
	 * socket options, timeout and SSL bundle.
	 * @param other the other endpoint
	 * @return whether a running client can keep its connection
	 */
	public boolean sameTarget(TcpClientEndpoint other) {
		return this.options.withTls(null).equals(other.options.withTls(null))
				&& Objects.equals(this.tlsBundle, other.tlsBundle);
	}

	/**
	 * Returns a copy with other TLS from the same bundle, for example after it was
	 * updated.
	 * @param tls the new TLS options
	 * @return the new endpoint
	 */
	public TcpClientEndpoint withTls(TlsOptions tls) {
		return new TcpClientEndpoint(this.name, this.source, this.options.withTls(tls), this.tlsBundle, this.backoff,
				this.required, this.handler);
	}

}
