package io.sockwork.boot.config;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.PropertyMapper;

/**
 * What the settings of every listener, client and UDP socket have: a name, the method
 * that declares it, and an address.
 */
public abstract class SocketSettings {

	private final String name;

	private final String source;

	private @Nullable String host;

	private @Nullable Integer port;

	/**
	 * Creates settings with no address yet.
	 * @param name the socket's name
	 * @param source the handler method that declares it, for messages
	 */
	protected SocketSettings(String name, String source) {
		this.name = name;
		this.source = source;
	}

	/**
	 * The socket's name.
	 * @return the name
	 */
	public String getName() {
		return this.name;
	}

	/**
	 * The handler method that declares the socket.
	 * @return the method, as shown in messages
	 */
	public String getSource() {
		return this.source;
	}

	/**
	 * The host: the address to bind, or for a client the server to connect to.
	 * @return the host, or {@code null} when not set (for a listener or UDP socket: every
	 * interface)
	 */
	public @Nullable String getHost() {
		return this.host;
	}

	/**
	 * Sets the host.
	 * @param host the host, or {@code null} for the default
	 */
	public void setHost(@Nullable String host) {
		this.host = host;
	}

	/**
	 * The port.
	 * @return the port ({@code 0} for an ephemeral one), or {@code null} while none is
	 * configured
	 */
	public @Nullable Integer getPort() {
		return this.port;
	}

	/**
	 * Sets the port.
	 * @param port the port, {@code 0} for an ephemeral one
	 */
	public void setPort(@Nullable Integer port) {
		this.port = port;
	}

	/**
	 * Applies the address properties that are set.
	 * @param properties the socket's properties
	 */
	protected void applySocket(SocketProperties properties) {
		PropertyMapper map = PropertyMapper.get();
		map.from(properties::getHost).to(this::setHost);
		map.from(properties::getPort).to(this::setPort);
	}

}
