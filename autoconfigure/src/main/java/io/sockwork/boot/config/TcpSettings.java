package io.sockwork.boot.config;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.sockwork.core.TlsOptions;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.PropertyMapper;

/**
 * What the settings of TCP listeners and clients share beyond an address: a Unix domain
 * socket file instead of it, the charset of text, and the SSL bundle, revocation lists
 * and handshake timeout of TLS.
 */
public abstract class TcpSettings extends SocketSettings {

	private @Nullable Path unix;

	private Charset charset = StandardCharsets.UTF_8;

	private @Nullable String tlsBundle;

	private List<Path> tlsCrls = List.of();

	private Duration tlsHandshakeTimeout = TlsOptions.DEFAULT_HANDSHAKE_TIMEOUT;

	private boolean ipv6Only;

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
	 * Applies the address, Unix domain socket, charset and IPv6 properties that are set.
	 * @param properties the listener's or client's properties
	 */
	protected void applyTcp(TcpProperties properties) {
		applySocket(properties);
		PropertyMapper map = PropertyMapper.get();
		map.from(properties::getUnix).to(this::setUnix);
		map.from(properties::getCharset).to(this::setCharset);
		map.from(properties::getIpv6Only).to(this::setIpv6Only);
	}

}
