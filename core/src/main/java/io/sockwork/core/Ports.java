package io.sockwork.core;

/**
 * The range of port numbers, in one place for every option, address and configuration
 * property.
 */
public final class Ports {

	/** The highest port. */
	public static final int MAX = 65535;

	private Ports() {
	}

	/**
	 * Whether a port can be bound or connected to; 0 binds an ephemeral port.
	 * @param port the port
	 * @return whether it is from 0 to {@link #MAX}
	 */
	public static boolean isValid(int port) {
		return port >= 0 && port <= MAX;
	}

	/**
	 * Whether a port can be a peer's, which cannot be 0.
	 * @param port the port
	 * @return whether it is from 1 to {@link #MAX}
	 */
	public static boolean isValidPeer(int port) {
		return port >= 1 && port <= MAX;
	}

	/**
	 * Checks a port to bind or connect to; 0 binds an ephemeral port.
	 */
	static void check(int port) {
		if (!isValid(port)) {
			throw outOfRange("port", port, 0, "");
		}
	}

	/**
	 * Checks the port of a peer, which cannot be 0.
	 * @param name the option's name, for the message
	 * @param port the port
	 * @param condition what the message adds after the range, or an empty string
	 */
	static void checkPeer(String name, int port, String condition) {
		if (!isValidPeer(port)) {
			throw outOfRange(name, port, 1, condition);
		}
	}

	private static IllegalArgumentException outOfRange(String name, int port, int min, String condition) {
		return new IllegalArgumentException(
				"'" + name + "' must be between " + min + " and " + MAX + condition + ", was " + port);
	}

}
