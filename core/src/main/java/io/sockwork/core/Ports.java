package io.sockwork.core;

/**
 * Checks port numbers, in one place for every option and address.
 */
final class Ports {

	private static final int MAX = 65535;

	private Ports() {
	}

	/**
	 * Checks a port to bind or connect to; 0 binds an ephemeral port.
	 */
	static void check(int port) {
		check("port", port, 0, "");
	}

	/**
	 * Checks the port of a peer, which cannot be 0.
	 * @param name the option's name, for the message
	 * @param port the port
	 * @param condition what the message adds after the range, or an empty string
	 */
	static void checkPeer(String name, int port, String condition) {
		check(name, port, 1, condition);
	}

	private static void check(String name, int port, int min, String condition) {
		if (port < min || port > MAX) {
			throw new IllegalArgumentException(
					"'" + name + "' must be between " + min + " and " + MAX + condition + ", was " + port);
		}
	}

}
