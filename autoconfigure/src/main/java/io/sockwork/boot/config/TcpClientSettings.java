package io.sockwork.boot.config;

import java.nio.file.Path;
import java.time.Duration;

import io.sockwork.core.TcpConnectOptions;
import org.jspecify.annotations.Nullable;

/**
 * The settings of one TCP client, first read from its {@code @TcpClient} annotation, then
 * changed by every {@link TcpClientSettingsCustomizer} (configuration properties among
 * them).
 */
public final class TcpClientSettings extends TcpSettings {

	private Duration connectTimeout = TcpConnectOptions.DEFAULT_CONNECT_TIMEOUT;

	private Duration reconnectInitialDelay = ReconnectBackoff.DEFAULT.initialDelay();

	private Duration reconnectMaxDelay = ReconnectBackoff.DEFAULT.maxDelay();

	private double reconnectMultiplier = ReconnectBackoff.DEFAULT.multiplier();

	private double reconnectJitter = ReconnectBackoff.DEFAULT.jitter();

	private boolean required;

	/**
	 * Creates settings with the defaults.
	 * @param name the client's name
	 * @param source the handler method that declares the client, for messages
	 */
	public TcpClientSettings(String name, String source) {
		super(name, source);
	}

	/**
	 * How long one connection attempt may take.
	 * @return the timeout
	 */
	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	/**
	 * Sets how long one connection attempt may take.
	 * @param connectTimeout the timeout
	 */
	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	/**
	 * The delay before the first reconnection attempt.
	 * @return the delay
	 */
	public Duration getReconnectInitialDelay() {
		return this.reconnectInitialDelay;
	}

	/**
	 * Sets the delay before the first reconnection attempt.
	 * @param reconnectInitialDelay the delay
	 */
	public void setReconnectInitialDelay(Duration reconnectInitialDelay) {
		this.reconnectInitialDelay = reconnectInitialDelay;
	}

	/**
	 * The longest delay between reconnection attempts.
	 * @return the delay
	 */
	public Duration getReconnectMaxDelay() {
		return this.reconnectMaxDelay;
	}

	/**
	 * Sets the longest delay between reconnection attempts.
	 * @param reconnectMaxDelay the delay
	 */
	public void setReconnectMaxDelay(Duration reconnectMaxDelay) {
		this.reconnectMaxDelay = reconnectMaxDelay;
	}

	/**
	 * The growth of the delay after each failed attempt.
	 * @return the multiplier, at least 1
	 */
	public double getReconnectMultiplier() {
		return this.reconnectMultiplier;
	}

	/**
	 * Sets the growth of the delay after each failed attempt.
	 * @param reconnectMultiplier the multiplier, at least 1
	 */
	public void setReconnectMultiplier(double reconnectMultiplier) {
		this.reconnectMultiplier = reconnectMultiplier;
	}

	/**
	 * The fraction of the delay by which it is spread at random.
	 * @return the jitter, from 0 to 1
	 */
	public double getReconnectJitter() {
		return this.reconnectJitter;
	}

	/**
	 * Sets the fraction of the delay by which it is spread at random.
	 * @param reconnectJitter the jitter, from 0 to 1
	 */
	public void setReconnectJitter(double reconnectJitter) {
		this.reconnectJitter = reconnectJitter;
	}

	/**
	 * Whether the application's health depends on this client: a required client that is
	 * not connected makes the {@code sockets} health indicator DOWN.
	 * @return whether the client is required
	 */
	public boolean isRequired() {
		return this.required;
	}

	/**
	 * Sets whether the application's health depends on this client.
	 * @param required whether the client is required
	 */
	public void setRequired(boolean required) {
		this.required = required;
	}

	/**
	 * The engine's options for these settings, without TLS (the SSL bundle provides it).
	 * @throws IllegalArgumentException if the settings are invalid, for example without a
	 * host or port
	 */
	public TcpConnectOptions toConnectOptions() {
		Path unix = getUnix();
		if (unix != null) {
			return TcpConnectOptions.unix(unix).withConnectTimeout(this.connectTimeout);
		}
		if (getHost() == null || getPort() == null) {
			throw new IllegalArgumentException("No host and port (nor unix socket file) are configured");
		}
		return TcpConnectOptions.to(getHost(), getPort()).withConnectTimeout(this.connectTimeout);
	}

	/**
	 * The backoff of these settings.
	 * @throws IllegalArgumentException if the reconnect settings are invalid
	 */
	public ReconnectBackoff toBackoff() {
		return new ReconnectBackoff(this.reconnectInitialDelay, this.reconnectMaxDelay, this.reconnectMultiplier,
				this.reconnectJitter);
	}

}
