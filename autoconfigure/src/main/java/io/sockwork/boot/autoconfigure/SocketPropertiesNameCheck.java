package io.sockwork.boot.autoconfigure;

import java.util.Map;
import java.util.Set;

import io.sockwork.boot.config.InvalidListenerException;
import io.sockwork.boot.registry.SocketRegistry;

import org.springframework.context.SmartLifecycle;

/**
 * Fails start-up, before any socket binds, when {@code sockwork.tcp.listeners.<name>},
 * {@code sockwork.udp.sockets.<name>} or {@code sockwork.tcp.clients.<name>} names no
 * declared socket of that kind: a typo must not leave the real socket with its
 * annotation's settings (a TLS listener in plaintext, say) without a word.
 */
final class SocketPropertiesNameCheck implements SmartLifecycle {

	private final SockworkProperties properties;

	private final SocketRegistry registry;

	private volatile boolean running;

	SocketPropertiesNameCheck(SockworkProperties properties, SocketRegistry registry) {
		this.properties = properties;
		this.registry = registry;
	}

	@Override
	public void start() {
		check("sockwork.tcp.listeners", this.properties.getTcp().getListeners(), this.registry.listenerNames(),
				"listener", "@TcpListener");
		check("sockwork.udp.sockets", this.properties.getUdp().getSockets(), this.registry.udpSocketNames(),
				"UDP socket", "@UdpSocket");
		check("sockwork.tcp.clients", this.properties.getTcp().getClients(), this.registry.clientNames(), "client",
				"@TcpClient");
		this.running = true;
	}

	private static void check(String prefix, Map<String, ?> configured, Set<String> declared, String kind,
			String annotation) {
		for (String name : configured.keySet()) {
			if (!declared.contains(name)) {
				throw new InvalidListenerException(name,
						prefix + "." + name + ".* names no " + kind + ": no " + annotation + " method declares '" + name
								+ "' (declared: " + declared + ").",
						"Correct the name in " + prefix + "." + name + " to one of " + declared + ", or declare "
								+ annotation + "(name = \"" + name + "\") on a method.");
			}
		}
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// Just before the registry binds.
		return SocketRegistry.PHASE - 1;
	}

}
