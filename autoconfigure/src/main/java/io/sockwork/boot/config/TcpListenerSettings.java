package io.sockwork.boot.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.sockwork.core.TcpListenOptions;
import io.sockwork.core.TcpSocketOptions;
import io.sockwork.core.TlsClientAuth;
import io.sockwork.core.WaterMarks;
import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;

/**
 * The settings of one TCP listener, first read from its {@code @TcpListener} annotation,
 * then changed by every {@link TcpListenerSettingsCustomizer} (configuration properties
 * among them).
 */
public final class TcpListenerSettings extends TcpSettings {

	private int backlog;

	private @Nullable Duration idleTimeout;

	private int maxConnections;

	private boolean allowHalfOpen = TcpSocketOptions.DEFAULT.allowHalfOpen();

	private boolean noDelay = TcpSocketOptions.DEFAULT.noDelay();

	private boolean keepAlive = TcpSocketOptions.DEFAULT.keepAlive();

	private DataSize highWaterMark = DataSize.ofBytes(WaterMarks.DEFAULT.high());

	private DataSize lowWaterMark = DataSize.ofBytes(WaterMarks.DEFAULT.low());

	private TlsClientAuth tlsClientAuth = TlsClientAuth.NONE;

	private List<String> tlsAlpn = List.of();

	private final TcpListenerFraming framing = new TcpListenerFraming();

	private boolean proxyProtocol;

	/**
	 * Creates settings with the defaults.
	 * @param name the listener's name
	 * @param source the handler method that declares the listener, for messages
	 */
	public TcpListenerSettings(String name, String source) {
		super(name, source);
	}

	/**
	 * The accept backlog.
	 * @return the backlog, 0 for the system's default
	 */
	public int getBacklog() {
		return this.backlog;
	}

	/**
	 * Sets the accept backlog.
	 * @param backlog the backlog, 0 for the system's default
	 */
	public void setBacklog(int backlog) {
		this.backlog = backlog;
	}

	/**
	 * The idle timeout.
	 * @return the timeout, or {@code null} for none
	 */
	public @Nullable Duration getIdleTimeout() {
		return this.idleTimeout;
	}

	/**
	 * Sets the idle timeout.
	 * @param idleTimeout the timeout, or {@code null} for none
	 */
	public void setIdleTimeout(@Nullable Duration idleTimeout) {
		this.idleTimeout = idleTimeout;
	}

	/**
	 * The most open connections.
	 * @return the limit, 0 for none
	 */
	public int getMaxConnections() {
		return this.maxConnections;
	}

	/**
	 * Sets the most open connections.
	 * @param maxConnections the limit, 0 for none
	 */
	public void setMaxConnections(int maxConnections) {
		this.maxConnections = maxConnections;
	}

	/**
	 * Whether half-open sockets are allowed.
	 * @return whether a socket stays writable after the peer ended
	 */
	public boolean isAllowHalfOpen() {
		return this.allowHalfOpen;
	}

	/**
	 * Sets whether half-open sockets are allowed.
	 * @param allowHalfOpen whether a socket stays writable after the peer ended
	 */
	public void setAllowHalfOpen(boolean allowHalfOpen) {
		this.allowHalfOpen = allowHalfOpen;
	}

	/**
	 * Whether TCP_NODELAY is set.
	 * @return whether Nagle's algorithm is off
	 */
	public boolean isNoDelay() {
		return this.noDelay;
	}

	/**
	 * Sets whether TCP_NODELAY is set.
	 * @param noDelay whether Nagle's algorithm is off
	 */
	public void setNoDelay(boolean noDelay) {
		this.noDelay = noDelay;
	}

	/**
	 * Whether SO_KEEPALIVE is set.
	 * @return whether keep-alive probes are sent
	 */
	public boolean isKeepAlive() {
		return this.keepAlive;
	}

	/**
	 * Sets whether SO_KEEPALIVE is set.
	 * @param keepAlive whether keep-alive probes are sent
	 */
	public void setKeepAlive(boolean keepAlive) {
		this.keepAlive = keepAlive;
	}

	/**
	 * The outbound buffer's high-water mark.
	 * @return the size above which writes are cut short
	 */
	public DataSize getHighWaterMark() {
		return this.highWaterMark;
	}

	/**
	 * Sets the outbound buffer's high-water mark.
	 * @param highWaterMark the size above which writes are cut short
	 */
	public void setHighWaterMark(DataSize highWaterMark) {
		this.highWaterMark = highWaterMark;
	}

	/**
	 * The outbound buffer's low-water mark.
	 * @return the size under which {@code drain} fires
	 */
	public DataSize getLowWaterMark() {
		return this.lowWaterMark;
	}

	/**
	 * Sets the outbound buffer's low-water mark.
	 * @param lowWaterMark the size under which {@code drain} fires
	 */
	public void setLowWaterMark(DataSize lowWaterMark) {
		this.lowWaterMark = lowWaterMark;
	}

	/**
	 * Whether the listener asks its clients for a certificate.
	 * @return the client authentication
	 */
	public TlsClientAuth getTlsClientAuth() {
		return this.tlsClientAuth;
	}

	/**
	 * Sets whether the listener asks its clients for a certificate, trusted by the
	 * bundle's trust store.
	 * @param tlsClientAuth the client authentication
	 */
	public void setTlsClientAuth(TlsClientAuth tlsClientAuth) {
		this.tlsClientAuth = tlsClientAuth;
	}

	/**
	 * The ALPN protocols offered.
	 * @return the protocols, most preferred first, empty for none
	 */
	public List<String> getTlsAlpn() {
		return this.tlsAlpn;
	}

	/**
	 * Sets the ALPN protocols offered.
	 * @param tlsAlpn the protocols, most preferred first, empty for none
	 */
	public void setTlsAlpn(List<String> tlsAlpn) {
		this.tlsAlpn = List.copyOf(tlsAlpn);
	}

	/**
	 * How the byte stream is cut into the messages the data handler receives.
	 * @return the framing settings, to read or change
	 */
	public TcpListenerFraming getFraming() {
		return this.framing;
	}

	/**
	 * Whether every connection starts with a PROXY protocol (v1 or v2) header giving the
	 * real client's address.
	 * @return whether the PROXY protocol is expected
	 */
	public boolean isProxyProtocol() {
		return this.proxyProtocol;
	}

	/**
	 * Sets whether every connection starts with a PROXY protocol header.
	 * @param proxyProtocol whether the PROXY protocol is expected
	 */
	public void setProxyProtocol(boolean proxyProtocol) {
		this.proxyProtocol = proxyProtocol;
	}

	/**
	 * The engine's options for these settings, without TLS (the SSL bundle provides it).
	 * @throws IllegalArgumentException if the settings are invalid, for example without a
	 * port
	 */
	public TcpListenOptions toListenOptions() {
		Integer port = getPort();
		Path unix = getUnix();
		if (port == null && unix == null) {
			throw new IllegalArgumentException("No port is configured");
		}
		WaterMarks waterMarks = new WaterMarks(toInt(this.lowWaterMark), toInt(this.highWaterMark));
		TcpSocketOptions socket = new TcpSocketOptions(this.allowHalfOpen, this.noDelay, this.keepAlive, waterMarks);
		return new TcpListenOptions(getHost(), (unix == null && port != null) ? port : 0, this.backlog, false,
				this.idleTimeout, this.maxConnections, socket, null)
			.withFraming(this.framing.toFraming())
			.withProxyProtocol(this.proxyProtocol)
			.withUnix(unix);
	}

	private static int toInt(DataSize size) {
		return (int) Math.min(Integer.MAX_VALUE, size.toBytes());
	}

}
