package io.sockwork.boot.config;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;

import io.sockwork.boot.annotation.TcpClient;
import io.sockwork.core.TcpConnectOptions;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.convert.DurationStyle;

/**
 * The settings of one TCP client, first read from its {@code @TcpClient} annotation, then
 * changed by every {@link TcpClientSettingsCustomizer} (configuration properties among
 * them). Both mappings are here, so that an option is written in the annotation,
 * {@link TcpClientProperties} and this class only.
 */
public final class TcpClientSettings extends TcpSettings {

	private Duration connectTimeout = TcpConnectOptions.DEFAULT_CONNECT_TIMEOUT;

	private Duration reconnectInitialDelay = ReconnectBackoff.DEFAULT.initialDelay();

	private Duration reconnectMaxDelay = ReconnectBackoff.DEFAULT.maxDelay();

	private double reconnectMultiplier = ReconnectBackoff.DEFAULT.multiplier();

	private double reconnectJitter = ReconnectBackoff.DEFAULT.jitter();

	private boolean required;

	private boolean tlsVerifyPeer = true;

	/**
	 * Creates settings with the defaults.
	 * @param name the client's name
	 * @param source the handler method that declares the client, for messages
	 */
	public TcpClientSettings(String name, String source) {
		super(name, source);
	}

	/**
	 * The settings an annotation gives.
	 * @param annotation the annotation
	 * @param name the client's name
	 * @param source the handler method that declares the client, for messages
	 * @param attributes resolves the attributes' placeholders
	 * @return the settings
	 * @throws IllegalArgumentException if an attribute cannot be parsed
	 */
	public static TcpClientSettings read(TcpClient annotation, String name, String source,
			AttributeResolver attributes) {
		TcpClientSettings settings = new TcpClientSettings(name, source);
		PropertyMapper map = PropertyMapper.get();
		map.from(attributes.text(annotation.host())).to(settings::setHost);
		map.from(attributes.integer(annotation.port(), "port")).to(settings::setPort);
		map.from(attributes.text(annotation.unix())).as(Path::of).to(settings::setUnix);
		map.from(attributes.text(annotation.connectTimeout()))
			.as(DurationStyle::detectAndParse)
			.to(settings::setConnectTimeout);
		map.from(attributes.resolve(annotation.charset())).as(Charset::forName).to(settings::setCharset);
		map.from(attributes.text(annotation.tls())).to(settings::setTlsBundle);
		map.from(annotation.ipv6Only()).to(settings::setIpv6Only);
		settings.readSocketOptions(annotation.idleTimeout(), annotation.noDelay(), annotation.keepAlive(),
				annotation.highWaterMark(), annotation.lowWaterMark(), attributes);
		settings.getFraming()
			.read(annotation.framing(), annotation.maxFrameLength(), annotation.frameDelimiter(),
					annotation.lengthFieldLength(), annotation.lengthFieldLittleEndian(), annotation.frameLength(),
					attributes);
		settings.readDispatch(annotation.dispatch(), annotation.executor(), annotation.dispatchQueueHighWaterMark(),
				annotation.dispatchQueueLowWaterMark(), attributes);
		return settings;
	}

	/**
	 * Applies the properties that are set, over what the annotation gave.
	 * @param properties the client's properties
	 */
	public void apply(TcpClientProperties properties) {
		applyTcp(properties);
		PropertyMapper map = PropertyMapper.get();
		map.from(properties::getConnectTimeout).to(this::setConnectTimeout);
		map.from(properties.getReconnect()::getInitialDelay).to(this::setReconnectInitialDelay);
		map.from(properties.getReconnect()::getMaxDelay).to(this::setReconnectMaxDelay);
		map.from(properties.getReconnect()::getMultiplier).to(this::setReconnectMultiplier);
		map.from(properties.getReconnect()::getJitter).to(this::setReconnectJitter);
		map.from(properties.getTls()::getBundle).to(this::setTlsBundle);
		map.from(properties.getTls()::getCrl).to(this::setTlsCrls);
		map.from(properties.getTls()::getHandshakeTimeout).to(this::setTlsHandshakeTimeout);
		map.from(properties::getRequired).to(this::setRequired);
		map.from(properties.getTls()::getVerifyPeer).to(this::setTlsVerifyPeer);
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
	 * Whether the server's certificate chain and host name are verified.
	 * @return {@code true} unless verification is off
	 */
	public boolean isTlsVerifyPeer() {
		return this.tlsVerifyPeer;
	}

	/**
	 * Sets whether the server's certificate chain and host name are verified (Bun's
	 * {@code rejectUnauthorized}); when off the client connects to any server and its
	 * socket's TLS details say whether and why the server would have failed.
	 * @param tlsVerifyPeer whether the server is verified
	 */
	public void setTlsVerifyPeer(boolean tlsVerifyPeer) {
		this.tlsVerifyPeer = tlsVerifyPeer;
	}

	/**
	 * The engine's options for these settings, without TLS (the SSL bundle provides it).
	 * @throws IllegalArgumentException if the settings are invalid, for example without a
	 * host or port
	 */
	public TcpConnectOptions toConnectOptions() {
		Path unix = getUnix();
		TcpConnectOptions target;
		if (unix != null) {
			target = TcpConnectOptions.unix(unix);
		}
		else if (getHost() == null || getPort() == null) {
			throw new IllegalArgumentException("No host and port (nor unix socket file) are configured");
		}
		else {
			target = TcpConnectOptions.to(getHost(), getPort()).withIpv6Only(isIpv6Only());
		}
		return target.withConnectTimeout(this.connectTimeout)
			.withSocket(toSocketOptions())
			.withFraming(getFraming().toFraming())
			.withIdleTimeout(getIdleTimeout());
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
