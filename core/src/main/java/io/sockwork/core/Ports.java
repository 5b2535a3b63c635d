package io.sockwork.core;

/**
 * Checks port numbers.
 */
final class Ports {

	private Ports() {
	}

	static void check(int port) {
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("'port' must be between 0 and 65535, was " + port);
		}
	}

}
