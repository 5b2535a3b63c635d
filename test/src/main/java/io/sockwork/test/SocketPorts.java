package io.sockwork.test;

import org.springframework.core.env.Environment;

/**
 * Reads the ports that the application's sockets published in the {@link Environment}
 * ({@code local.sockwork.tcp.<name>.port}, {@code local.sockwork.udp.<name>.port}).
 */
final class SocketPorts {

	static final String LOOPBACK = "127.0.0.1";

	private SocketPorts() {
	}

	static int tcp(Environment environment, String name) {
		return port(environment, "tcp", name, "listener");
	}

	static int udp(Environment environment, String name) {
		return port(environment, "udp", name, "UDP socket");
	}

	private static int port(Environment environment, String transport, String name, String what) {
		String property = "local.sockwork." + transport + "." + name + ".port";
		Integer port = environment.getProperty(property, Integer.class);
		if (port == null) {
			throw new IllegalStateException("No " + what + " named '" + name + "' is bound: " + property
					+ " is not set (is the name right, and is the context started?)");
		}
		return port;
	}

	static String format(String host, int port) {
		return (host.indexOf(':') >= 0) ? "[" + host + "]:" + port : host + ":" + port;
	}

}
