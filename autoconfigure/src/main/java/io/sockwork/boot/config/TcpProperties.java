package io.sockwork.boot.config;

import java.nio.charset.Charset;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * The configuration properties TCP listeners and clients share beyond an address.
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

}
