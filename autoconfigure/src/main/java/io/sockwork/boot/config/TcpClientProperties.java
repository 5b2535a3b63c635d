package io.sockwork.boot.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * The configuration properties of one TCP client, {@code sockwork.tcp.clients.<name>.*};
 * unset values keep the annotation's.
 */
public class TcpClientProperties extends TcpProperties {

	/**
	 * How long one connection attempt may take.
	 */
	private @Nullable Duration connectTimeout;

	/**
	 * Whether the application's health depends on this client: when true, the 'sockets'
	 * health indicator is DOWN while it is not connected. By default a client only
	 * appears in the indicator's details.
	 */
	private @Nullable Boolean required;

	/**
	 * Backoff between connection attempts after the connection failed or dropped.
	 */
	private final Reconnect reconnect = new Reconnect();

	/**
	 * TLS of the client, from a Spring Boot SSL bundle.
	 */
	private Tls tls = new Tls();

	public @Nullable Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(@Nullable Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public @Nullable Boolean getRequired() {
		return this.required;
	}

	public void setRequired(@Nullable Boolean required) {
		this.required = required;
	}

	public Reconnect getReconnect() {
		return this.reconnect;
	}

	public Tls getTls() {
		return this.tls;
	}

	public void setTls(Tls tls) {
		this.tls = tls;
	}

	/**
	 * Rejects the values that make no client, so that Spring Boot's report names the
	 * property before any socket is created.
	 * @param path the path of these properties below {@code sockwork.}, such as
	 * {@code tcp.clients[feed].}
	 * @param errors where to reject values
	 */
	public void validate(String path, Errors errors) {
		PropertyChecks.peerPort(path, getPort(), errors);
		validateTcp(path, errors);
		PropertyChecks.positive(path + "connectTimeout", this.connectTimeout, errors);
		PropertyChecks.positive(path + "tls.handshakeTimeout", this.tls.getHandshakeTimeout(), errors);
		this.reconnect.validate(path + "reconnect.", errors);
	}

	/**
	 * Exponential backoff between the connection attempts of a TCP client.
	 */
	public static class Reconnect {

		/**
		 * Delay before the first attempt after the connection failed or dropped.
		 */
		private @Nullable Duration initialDelay;

		/**
		 * Longest delay between attempts.
		 */
		private @Nullable Duration maxDelay;

		/**
		 * Growth of the delay after each failed attempt, at least 1.
		 */
		private @Nullable Double multiplier;

		/**
		 * Fraction of the delay, from 0 to 1, by which it is spread at random either way.
		 */
		private @Nullable Double jitter;

		public @Nullable Duration getInitialDelay() {
			return this.initialDelay;
		}

		public void setInitialDelay(@Nullable Duration initialDelay) {
			this.initialDelay = initialDelay;
		}

		public @Nullable Duration getMaxDelay() {
			return this.maxDelay;
		}

		public void setMaxDelay(@Nullable Duration maxDelay) {
			this.maxDelay = maxDelay;
		}

		public @Nullable Double getMultiplier() {
			return this.multiplier;
		}

		public void setMultiplier(@Nullable Double multiplier) {
			this.multiplier = multiplier;
		}

		public @Nullable Double getJitter() {
			return this.jitter;
		}

		public void setJitter(@Nullable Double jitter) {
			this.jitter = jitter;
		}

		private void validate(String path, Errors errors) {
			PropertyChecks.positive(path + "initialDelay", this.initialDelay, errors);
			PropertyChecks.positive(path + "maxDelay", this.maxDelay, errors);
			if (this.multiplier != null && this.multiplier < 1) {
				errors.rejectValue(path + "multiplier", "range", "must be at least 1");
			}
			if (this.jitter != null && (this.jitter < 0 || this.jitter > 1)) {
				errors.rejectValue(path + "jitter", "range", "must be between 0 and 1");
			}
		}

	}

	/**
	 * TLS of a TCP client; {@code tls: <bundle>} is short for
	 * {@code tls.bundle: <bundle>}.
	 */
	public static class Tls implements ShortFormProperties {

		/**
		 * Name of the SSL bundle (spring.ssl.bundle.*) whose trust store verifies the
		 * server.
		 */
		private @Nullable String bundle;

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

		/**
		 * Whether the server's certificate chain and host name are verified (Bun's
		 * rejectUnauthorized). When false the client connects to any server, and the
		 * socket's tls() says whether and why the server would have failed verification
		 * (authorized, authorizationError). Insecure: for tests only.
		 */
		private @Nullable Boolean verifyPeer;

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

		public @Nullable Boolean getVerifyPeer() {
			return this.verifyPeer;
		}

		public void setVerifyPeer(@Nullable Boolean verifyPeer) {
			this.verifyPeer = verifyPeer;
		}

	}

}
