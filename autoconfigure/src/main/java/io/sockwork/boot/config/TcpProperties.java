package io.sockwork.boot.config;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * The configuration properties TCP listeners and clients share beyond an address: the
 * socket options, idle timeout, write buffer and framing of each socket.
 */
public class TcpProperties extends SocketProperties {

	/**
	 * Unix domain socket file to use instead of a host and port.
	 */
	private @Nullable Path unix;

	/**
	 * Charset that decodes String parameters and encodes returned text.
	 */
	private @Nullable Charset charset;

	/**
	 * Whether only IPv6 is used: a listener accepts IPv6 peers only, a client tries the
	 * host's IPv6 addresses only.
	 */
	private @Nullable Boolean ipv6Only;

	/**
	 * Time without traffic after which a socket gets its timeout handler and is closed.
	 */
	private @Nullable Duration idleTimeout;

	/**
	 * Whether TCP_NODELAY is set, sending small segments at once.
	 */
	private @Nullable Boolean noDelay;

	/**
	 * Whether SO_KEEPALIVE is set, sending keep-alive probes on idle connections.
	 */
	private @Nullable Boolean keepAlive;

	/**
	 * Limits of each socket's outbound buffer.
	 */
	private final TcpListenerProperties.WriteBuffer writeBuffer = new TcpListenerProperties.WriteBuffer();

	/**
	 * How the byte stream is cut into the messages the data handler receives.
	 */
	private TcpListenerProperties.Framing framing = new TcpListenerProperties.Framing();

	public @Nullable Path getUnix() {
		return this.unix;
	}

	public void setUnix(@Nullable Path unix) {
		this.unix = unix;
	}

	public @Nullable Boolean getIpv6Only() {
		return this.ipv6Only;
	}

	public void setIpv6Only(@Nullable Boolean ipv6Only) {
		this.ipv6Only = ipv6Only;
	}

	public @Nullable Charset getCharset() {
		return this.charset;
	}

	public void setCharset(@Nullable Charset charset) {
		this.charset = charset;
	}

	public @Nullable Duration getIdleTimeout() {
		return this.idleTimeout;
	}

	public void setIdleTimeout(@Nullable Duration idleTimeout) {
		this.idleTimeout = idleTimeout;
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

	public TcpListenerProperties.WriteBuffer getWriteBuffer() {
		return this.writeBuffer;
	}

	public TcpListenerProperties.Framing getFraming() {
		return this.framing;
	}

	public void setFraming(TcpListenerProperties.Framing framing) {
		this.framing = framing;
	}

	/**
	 * Rejects the idle timeout, framing, write buffer and dispatch values that make no
	 * socket.
	 * @param path the path of these properties below {@code sockwork.}
	 * @param errors where to reject values
	 */
	protected void validateTcp(String path, Errors errors) {
		if (this.idleTimeout != null && (this.idleTimeout.isNegative() || this.idleTimeout.isZero())) {
			errors.rejectValue(path + "idleTimeout", "positive", "must be positive; leave it unset for none");
		}
		this.framing.validate(path + "framing.", errors);
		this.writeBuffer.validate(path, "writeBuffer", "write-buffer", errors);
		validateDispatch(path, errors);
	}

}
