package io.sockwork.boot.config;

import org.jspecify.annotations.Nullable;

/**
 * The configuration properties every listener, client and UDP socket has: its address.
 * Unset values keep the annotation's.
 */
public class SocketProperties {

	/**
	 * Host: the address to bind (every interface when unset), or for a client the server
	 * to connect to.
	 */
	private @Nullable String host;

	/**
	 * Port: to bind (0 for an ephemeral one), or for a client to connect to.
	 */
	private @Nullable Integer port;

	public @Nullable String getHost() {
		return this.host;
	}

	public void setHost(@Nullable String host) {
		this.host = host;
	}

	public @Nullable Integer getPort() {
		return this.port;
	}

	public void setPort(@Nullable Integer port) {
		this.port = port;
	}

}
