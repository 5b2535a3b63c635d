package io.sockwork.boot.config;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.sockwork.core.TcpSocketOptions;
import io.sockwork.core.WaterMarks;
import io.sockwork.core.TlsOptions;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.util.unit.DataSize;

/**
 * What the settings of TCP listeners and clients share beyond an address: a Unix domain
 * socket file instead of it, the charset of text, the SSL bundle, revocation lists and
 * handshake timeout of TLS, and each socket's options, idle timeout, write buffer and
 * framing.
 */
public abstract class TcpSettings extends SocketSettings {

	private @Nullable Path unix;

	private Charset charset = StandardCharsets.UTF_8;

	private @Nullable String tlsBundle;

	private List<Path> tlsCrls = List.of();

	private Duration tlsHandshakeTimeout = TlsOptions.DEFAULT_HANDSHAKE_TIMEOUT;

	private boolean ipv6Only;

	private @Nullable Duration idleTimeout;

	private boolean noDelay = TcpSocketOptions.DEFAULT.noDelay();

	private boolean keepAlive = TcpSocketOptions.DEFAULT.keepAlive();

	private DataSize highWaterMark = DataSize.ofBytes(WaterMarks.DEFAULT.high());

	private DataSize lowWaterMark = DataSize.ofBytes(WaterMarks.DEFAULT.low());

	private final TcpListenerFraming framing = new TcpListenerFraming();

	/**
	 * Creates settings with the defaults.
	 * @param name the socket's name
	 * @param source the handler method that declares it, for messages
	 */
	protected TcpSettings(String name, String source) {
		super(name, source);
	}

	/**
	 * The Unix domain socket file to use instead of a host and port.
	 * @return the file, or {@code null} for TCP
	 */
	public @Nullable Path getUnix() {
		return this.unix;
	}

	/**
	 * Sets the Unix domain socket file to use instead of a host and port.
	 * @param unix the file, or {@code null} for TCP
	 */
	public void setUnix(@Nullable Path unix) {
		this.unix = unix;
	}

	/**
	 * The charset of {@code String} parameters and returned text.
	 * @return the charset
	 */
	public Charset getCharset() {
		return this.charset;
	}

	/**
	 * Sets the charset of {@code String} parameters and returned text.
	 * @param charset the charset
	 */
	public void setCharset(Charset charset) {
		this.charset = charset;
	}

	/**
	 * The SSL bundle that makes this a TLS listener or client.
	 * @return the bundle name, or {@code null} for plain TCP
	 */
	public @Nullable String getTlsBundle() {
		return this.tlsBundle;
	}

	/**
	 * Sets the SSL bundle that makes this a TLS listener or client.
	 * @param tlsBundle the bundle name, or {@code null} for plain TCP
	 */
	public void setTlsBundle(@Nullable String tlsBundle) {
		this.tlsBundle = tlsBundle;
	}

	/**
	 * The certificate revocation list files that peer certificates are checked against.
	 * @return the files, PEM or DER, empty for none
	 */
	public List<Path> getTlsCrls() {
		return this.tlsCrls;
	}

	/**
	 * Sets the certificate revocation list files that peer certificates are checked
	 * against (Bun's {@code tls.crl}).
	 * @param tlsCrls the files, PEM or DER, empty for none
	 */
	public void setTlsCrls(List<Path> tlsCrls) {
		this.tlsCrls = List.copyOf(tlsCrls);
	}

	/**
	 * How long a TLS handshake may take before the connection is closed.
	 * @return the timeout
	 */
	public Duration getTlsHandshakeTimeout() {
		return this.tlsHandshakeTimeout;
	}

	/**
	 * Sets how long a TLS handshake may take before the connection is closed and the
	 * handshake counted as failed.
	 * @param tlsHandshakeTimeout the timeout, positive
	 */
	public void setTlsHandshakeTimeout(Duration tlsHandshakeTimeout) {
		this.tlsHandshakeTimeout = tlsHandshakeTimeout;
	}

	/**
	 * Whether only IPv6 is used.
	 * @return whether the listener or client is IPv6 only
	 */
	public boolean isIpv6Only() {
		return this.ipv6Only;
	}

	/**
	 * Sets whether only IPv6 is used (Bun's {@code ipv6Only}).
	 * @param ipv6Only whether the listener or client is IPv6 only
	 */
	public void setIpv6Only(boolean ipv6Only) {
		this.ipv6Only = ipv6Only;
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
	 * How the byte stream is cut into the messages the data handler receives.
	 * @return the framing settings, to read or change
	 */
	public TcpListenerFraming getFraming() {
		return this.framing;
	}

	/**
	 * Reads the socket option attributes that {@code @TcpListener} and {@code @TcpClient}
	 * share.
	 * @param idleTimeout the {@code idleTimeout} attribute
	 * @param noDelay the {@code noDelay} attribute
	 * @param keepAlive the {@code keepAlive} attribute
	 * @param highWaterMark the {@code highWaterMark} attribute
	 * @param lowWaterMark the {@code lowWaterMark} attribute
	 * @param attributes resolves the attributes' placeholders
	 * @throws IllegalArgumentException if an attribute cannot be parsed
	 */
	protected void readSocketOptions(String idleTimeout, boolean noDelay, boolean keepAlive, String highWaterMark,
			String lowWaterMark, AttributeResolver attributes) {
		PropertyMapper map = PropertyMapper.get();
		map.from(attributes.text(idleTimeout)).as(DurationStyle::detectAndParse).to(this::setIdleTimeout);
		map.from(noDelay).to(this::setNoDelay);
		map.from(keepAlive).to(this::setKeepAlive);
		map.from(attributes.text(highWaterMark)).as(DataSize::parse).to(this::setHighWaterMark);
		map.from(attributes.text(lowWaterMark)).as(DataSize::parse).to(this::setLowWaterMark);
	}

	/**
	 * Applies the address, Unix domain socket, charset, IPv6, socket option, idle
	 * timeout, write buffer and framing properties that are set.
	 * @param properties the listener's or client's properties
	 */
	protected void applyTcp(TcpProperties properties) {
		applySocket(properties);
		PropertyMapper map = PropertyMapper.get();
		map.from(properties::getUnix).to(this::setUnix);
		map.from(properties::getCharset).to(this::setCharset);
		map.from(properties::getIpv6Only).to(this::setIpv6Only);
		map.from(properties::getIdleTimeout).to(this::setIdleTimeout);
		map.from(properties::getNoDelay).to(this::setNoDelay);
		map.from(properties::getKeepAlive).to(this::setKeepAlive);
		map.from(properties.getWriteBuffer()::getHighWaterMark).to(this::setHighWaterMark);
		map.from(properties.getWriteBuffer()::getLowWaterMark).to(this::setLowWaterMark);
		this.framing.apply(properties.getFraming());
	}

	/**
	 * The engine's socket options of these settings (no half-open sockets).
	 * @return the options
	 */
	protected TcpSocketOptions toSocketOptions() {
		return TcpSocketOptions.DEFAULT.withNoDelay(this.noDelay)
			.withKeepAlive(this.keepAlive)
			.withWaterMarks(new WaterMarks(toInt(this.lowWaterMark), toInt(this.highWaterMark)));
	}

	private static int toInt(DataSize size) {
		return (int) Math.min(Integer.MAX_VALUE, size.toBytes());
	}

}
