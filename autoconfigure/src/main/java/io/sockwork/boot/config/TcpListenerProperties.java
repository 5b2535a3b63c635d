package io.sockwork.boot.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.Map;

import io.sockwork.boot.annotation.FramingType;
import io.sockwork.core.TlsClientAuth;
import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;

/**
 * The configuration properties of one TCP listener,
 * {@code sockwork.tcp.listeners.<name>.*}; unset values keep the annotation's.
 */
public class TcpListenerProperties extends TcpProperties {

	/**
	 * Accept backlog, 0 for the system's default.
	 */
	private @Nullable Integer backlog;

	/**
	 * Whether SO_REUSEPORT is set, so that several processes (or application contexts)
	 * listen on one port and the kernel spreads connections among them; needs a native
	 * transport (sockwork.engine.transport=epoll or io_uring).
	 */
	private @Nullable Boolean reusePort;

	/**
	 * Most open connections, 0 for no limit; more are closed at once.
	 */
	private @Nullable Integer maxConnections;

	/**
	 * Whether a socket stays open for writing after the peer ended its side.
	 */
	private @Nullable Boolean allowHalfOpen;

	/**
	 * Whether every connection starts with a PROXY protocol (v1 or v2) header, whose
	 * source becomes the socket's remote address; connections without a valid header are
	 * closed.
	 */
	private @Nullable Boolean proxyProtocol;

	/**
	 * How long a connection may take to send its whole PROXY protocol header before it is
	 * closed and counted as rejected (5s unless set).
	 */
	private @Nullable Duration proxyProtocolTimeout;

	/**
	 * Name of a Supplier bean that gives each accepted socket its initial data.
	 */
	private @Nullable String data;

	/**
	 * TLS of the listener, from a Spring Boot SSL bundle.
	 */
	private Tls tls = new Tls();

	public @Nullable Integer getBacklog() {
		return this.backlog;
	}

	public void setBacklog(@Nullable Integer backlog) {
		this.backlog = backlog;
	}

	public @Nullable Boolean getReusePort() {
		return this.reusePort;
	}

	public void setReusePort(@Nullable Boolean reusePort) {
		this.reusePort = reusePort;
	}

	public @Nullable Integer getMaxConnections() {
		return this.maxConnections;
	}

	public void setMaxConnections(@Nullable Integer maxConnections) {
		this.maxConnections = maxConnections;
	}

	public @Nullable Boolean getAllowHalfOpen() {
		return this.allowHalfOpen;
	}

	public void setAllowHalfOpen(@Nullable Boolean allowHalfOpen) {
		this.allowHalfOpen = allowHalfOpen;
	}

	public @Nullable String getData() {
		return this.data;
	}

	public void setData(@Nullable String data) {
		this.data = data;
	}

	public @Nullable Boolean getProxyProtocol() {
		return this.proxyProtocol;
	}

	public void setProxyProtocol(@Nullable Boolean proxyProtocol) {
		this.proxyProtocol = proxyProtocol;
	}

	public @Nullable Duration getProxyProtocolTimeout() {
		return this.proxyProtocolTimeout;
	}

	public void setProxyProtocolTimeout(@Nullable Duration proxyProtocolTimeout) {
		this.proxyProtocolTimeout = proxyProtocolTimeout;
	}

	public Tls getTls() {
		return this.tls;
	}

	public void setTls(Tls tls) {
		this.tls = tls;
	}

	/**
	 * Rejects the values that make no listener, so that Spring Boot's report names the
	 * property before any socket is created.
	 * @param path the path of these properties below {@code sockwork.}, such as
	 * {@code tcp.listeners[echo].}
	 * @param errors where to reject values
	 */
	public void validate(String path, Errors errors) {
		PropertyChecks.port(path, getPort(), errors);
		PropertyChecks.notNegative(path + "backlog", this.backlog, errors);
		PropertyChecks.notNegative(path + "maxConnections", this.maxConnections, errors);
		if (this.proxyProtocolTimeout != null
				&& (this.proxyProtocolTimeout.isNegative() || this.proxyProtocolTimeout.isZero())) {
			errors.rejectValue(path + "proxyProtocolTimeout", "positive", "must be positive");
		}
		validateTcp(path, errors);
		PropertyChecks.positive(path + "tls.handshakeTimeout", this.tls.getHandshakeTimeout(), errors);
	}

	/**
	 * Limits of a socket's outbound buffer, of listeners and clients alike.
	 */
	public static class WriteBuffer extends WaterMarkSizes {

	}

	/**
	 * TLS of a listener; {@code tls: <bundle>} is short for {@code tls.bundle: <bundle>}.
	 */
	public static class Tls implements ShortFormProperties {

		/**
		 * Name of the SSL bundle (spring.ssl.bundle.pem.* or spring.ssl.bundle.jks.*)
		 * whose key and certificate make the listener a TLS listener; its files rotate
		 * without a restart when the bundle has reload-on-update.
		 */
		private @Nullable String bundle;

		/**
		 * Whether clients are asked for a certificate trusted by the bundle's trust
		 * store: none, want or need.
		 */
		private @Nullable TlsClientAuth clientAuth;

		/**
		 * ALPN protocols offered, most preferred first.
		 */
		private @Nullable List<String> alpn;

		/**
		 * SSL bundles by the server name clients ask for (SNI), such as 'a.example' or
		 * '*.b.example' (in a properties file: sni[a.example]=bundle-a); clients that ask
		 * for another name or none get the listener's bundle. Each rotates like the
		 * listener's bundle.
		 */
		private @Nullable Map<String, String> sni;

		/**
		 * Certificate revocation list files (PEM or DER) that peer certificates are
		 * checked against; a certificate one of them revokes fails the handshake.
		 */
		private @Nullable List<Path> crl;

		/**
		 * How long a TLS handshake may take; a connection that has not finished it by
		 * then is closed and its handshake counted as failed.
		 */
		private @Nullable Duration handshakeTimeout;

		public @Nullable String getBundle() {
			return this.bundle;
		}

		public void setBundle(@Nullable String bundle) {
			this.bundle = bundle;
		}

		@Override
		public void applyShortForm(String value) {
			this.bundle = value;
		}

		public @Nullable TlsClientAuth getClientAuth() {
			return this.clientAuth;
		}

		public void setClientAuth(@Nullable TlsClientAuth clientAuth) {
			this.clientAuth = clientAuth;
		}

		public @Nullable List<String> getAlpn() {
			return this.alpn;
		}

		public void setAlpn(@Nullable List<String> alpn) {
			this.alpn = alpn;
		}

		public @Nullable Map<String, String> getSni() {
			return this.sni;
		}

		public void setSni(@Nullable Map<String, String> sni) {
			this.sni = sni;
		}

		public @Nullable List<Path> getCrl() {
			return this.crl;
		}

		public void setCrl(@Nullable List<Path> crl) {
			this.crl = crl;
		}

		public @Nullable Duration getHandshakeTimeout() {
			return this.handshakeTimeout;
		}

		public void setHandshakeTimeout(@Nullable Duration handshakeTimeout) {
			this.handshakeTimeout = handshakeTimeout;
		}

	}

	/**
	 * The framing of a TCP listener or client; {@code framing: <type>} is short for
	 * {@code framing.type: <type>}.
	 */
	public static class Framing implements ShortFormProperties {

		/**
		 * Kind of framing: raw (chunks as they arrive), lines, delimiter, length-prefixed
		 * or fixed.
		 */
		private @Nullable FramingType type;

		/**
		 * Most bytes of a frame (lines, delimiter, length-prefixed), without delimiter or
		 * prefix; a longer frame closes its connection. 64KB unless set.
		 */
		private @Nullable DataSize maxLength;

		/**
		 * Delimiter of delimiter framing: text (UTF-8), or 'hex:' and hex digits for any
		 * bytes.
		 */
		private @Nullable String delimiter;

		/**
		 * Bytes of the length field of length-prefixed framing: 1, 2 or 4.
		 */
		private @Nullable Integer lengthFieldLength;

		/**
		 * Whether the length field of length-prefixed framing is little-endian
		 * (big-endian otherwise).
		 */
		private @Nullable Boolean littleEndian;

		/**
		 * Bytes of every frame of fixed framing.
		 */
		private @Nullable Integer length;

		public @Nullable FramingType getType() {
			return this.type;
		}

		public void setType(@Nullable FramingType type) {
			this.type = type;
		}

		@Override
		public void applyShortForm(String value) {
			String name = value.toUpperCase(Locale.ROOT).replace('-', '_');
			this.type = Arrays.stream(FramingType.values())
				.filter((type) -> type.name().equals(name))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("'" + value + "' is no framing; use one of "
						+ Arrays.stream(FramingType.values())
							.map((type) -> type.name().toLowerCase(Locale.ROOT).replace('_', '-'))
							.collect(Collectors.joining(", "))));
		}

		public @Nullable DataSize getMaxLength() {
			return this.maxLength;
		}

		public void setMaxLength(@Nullable DataSize maxLength) {
			this.maxLength = maxLength;
		}

		public @Nullable String getDelimiter() {
			return this.delimiter;
		}

		public void setDelimiter(@Nullable String delimiter) {
			this.delimiter = delimiter;
		}

		public @Nullable Integer getLengthFieldLength() {
			return this.lengthFieldLength;
		}

		public void setLengthFieldLength(@Nullable Integer lengthFieldLength) {
			this.lengthFieldLength = lengthFieldLength;
		}

		public @Nullable Boolean getLittleEndian() {
			return this.littleEndian;
		}

		public void setLittleEndian(@Nullable Boolean littleEndian) {
			this.littleEndian = littleEndian;
		}

		public @Nullable Integer getLength() {
			return this.length;
		}

		public void setLength(@Nullable Integer length) {
			this.length = length;
		}

		void validate(String path, Errors errors) {
			if (this.lengthFieldLength != null && this.lengthFieldLength != 1 && this.lengthFieldLength != 2
					&& this.lengthFieldLength != 4) {
				errors.rejectValue(path + "lengthFieldLength", "range", "must be 1, 2 or 4");
			}
			if (this.maxLength != null && this.maxLength.toBytes() < 1) {
				errors.rejectValue(path + "maxLength", "positive", "must be positive");
			}
			if (this.length != null && this.length < 1) {
				errors.rejectValue(path + "length", "positive", "must be positive");
			}
		}

	}

}
