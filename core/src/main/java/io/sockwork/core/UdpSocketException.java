package io.sockwork.core;

/**
 * A UDP socket option or multicast membership could not be applied, or a UDP socket could
 * not connect to its peer. The message names what was asked (option, group, source,
 * interface) and the cause is the transport's error.
 */
public class UdpSocketException extends RuntimeException {

	/**
	 * Creates the exception.
	 * @param message what failed
	 * @param cause the transport's error
	 */
	public UdpSocketException(String message, Throwable cause) {
		super(message + ": " + cause.getMessage(), cause);
	}

	/**
	 * Creates the exception without a cause.
	 * @param message what failed
	 */
	public UdpSocketException(String message) {
		super(message);
	}

}
