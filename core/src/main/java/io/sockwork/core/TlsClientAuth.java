package io.sockwork.core;

/**
 * Whether a TLS server asks its clients for a certificate (mutual TLS).
 */
public enum TlsClientAuth {

	/** No client certificate is asked for. */
	NONE,

	/** A client certificate is asked for; a client without one is still accepted. */
	WANT,

	/**
	 * A trusted client certificate is required; a client without one fails the handshake.
	 */
	NEED

}
