package io.sockwork.boot.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
	 * Time without traffic after which a socket gets its timeout handler and is closed.
	 */
	private @Nullable Duration idleTimeout;

	/**
	 * Most open connections, 0 for no limit; more are closed at once.
	 */
	private @Nullable Integer maxConnections;

	/**
	 * Whether a socket stays open for writing after the peer ended its side.
	 */
	private @Nullable Boolean allowHalfOpen;

	/**
	 * Whether TCP_NODELAY is set, sending small segments at once.
	 */
	private @Nullable Boolean noDelay;

	/**
	 * Whether SO_KEEPALIVE is set, sending keep-alive probes on idle connections.
	 */
	private @Nullable Boolean keepAlive;

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
	 * Limits of each socket's outbound buffer.
	 */
	private final WriteBuffer writeBuffer = new WriteBuffer();

	/**
	 * TLS of the listener, from a Spring Boot SSL bundle.
	 */
	private final Tls tls = new Tls();

	/**
	 * How the byte stream is cut into the messages the data handler receives.
	 */
	private final Framing framing = new Framing();

	public @Nullable Integer getBacklog() {
		return this.backlog;
	}

	public void setBacklog(@Nullable Integer backlog) {
		this.backlog = backlog;
	}

	public @Nullable Duration getIdleTimeout() {
		return this.idleTimeout;
	}

	public void setIdleTimeout(@Nullable Duration idleTimeout) {
		this.idleTimeout = idleTimeout;
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

	public @Nullable Boolean getNoDelay() {
		return this.noDelay;
	}

	public void setNoDelay(@Nullable Boolean noDelay) {
		this.noDelay = noDelay;
	}

	public @Nullable Boolean getKeepAlive() {
		return this.keepAlive;
	}

	public void setKeepAlive(@Nullable Boolean keepAlive) {
		this.keepAlive = keepAlive;
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

	public WriteBuffer getWriteBuffer() {
		return this.writeBuffer;
	}

	public Tls getTls() {
		return this.tls;
	}

	public Framing getFraming() {
		return this.framing;
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
		if (this.idleTimeout != null && (this.idleTimeout.isNegative() || this.idleTimeout.isZero())) {
			errors.rejectValue(path + "idleTimeout", "positive", "must be positive; leave it unset for none");
		}
		if (this.proxyProtocolTimeout != null
				&& (this.proxyProtocolTimeout.isNegative() || this.proxyProtocolTimeout.isZero())) {
			errors.rejectValue(path + "proxyProtocolTimeout", "positive", "must be positive");
		}
		PropertyChecks.positive(path + "tls.handshakeTimeout", this.tls.getHandshakeTimeout(), errors);
		this.framing.validate(path + "framing.", errors);
		this.writeBuffer.validate(path, "writeBuffer", "write-buffer", errors);
		validateDispatch(path, errors);
	}

	/**
	 * Limits of a socket's outbound buffer.
	 */
	public static class WriteBuffer extends WaterMarkSizes {

	}

	/**
	 * TLS of a listener.
	 */
	public static class Tls {

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
	 * The framing of a TCP listener.
	 */
	public static class Framing {

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

		private void validate(String path, Errors errors) {
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
