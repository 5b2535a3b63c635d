package io.sockwork.core;

import java.io.IOException;
import java.net.BindException;

import org.jspecify.annotations.Nullable;

/**
 * A server or UDP socket could not bind its address, most often because the port is in
 * use: then its cause is a {@link BindException} on every transport.
 */
public class SocketBindException extends RuntimeException {

	private final @Nullable String host;

	private final int port;

	/**
	 * Creates the exception.
	 * @param transport "TCP" or "UDP"
	 * @param host the host that was to be bound, or {@code null} for every interface
	 * @param port the port that was to be bound
	 * @param cause the transport's error
	 */
	public SocketBindException(String transport, @Nullable String host, int port, Throwable cause) {
		super("Failed to bind " + transport + " socket to " + describe(host, port) + ": " + cause.getMessage(),
				portable(cause));
		this.host = host;
		this.port = port;
	}

	/**
	 * The JDK reports a port in use as a {@link BindException}, Netty's native transports
	 * as their own {@code IOException} (with errno's text): the same type on every
	 * transport, the native one kept as suppressed.
	 */
	private static Throwable portable(Throwable cause) {
		String message = cause.getMessage();
		if (cause instanceof BindException || !(cause instanceof IOException) || message == null
				|| !message.contains("Address already in use")) {
			return cause;
		}
		BindException bind = new BindException(message);
		bind.addSuppressed(cause);
		return bind;
	}

	private static String describe(@Nullable String host, int port) {
		return Addresses.format((host != null) ? host : "*", port);
	}

	/**
	 * The host that was to be bound.
	 * @return the host, or {@code null} for every interface
	 */
	public @Nullable String host() {
		return this.host;
	}

	/**
	 * The port that was to be bound.
	 * @return the port
	 */
	public int port() {
		return this.port;
	}

	/**
	 * Whether the port was in use.
	 * @return {@code true} for EADDRINUSE
	 */
	public boolean isAddressInUse() {
		return getCause() instanceof java.net.BindException
				&& String.valueOf(getCause().getMessage()).contains("in use");
	}

}
