package io.sockwork.boot.autoconfigure;

import java.util.Map;
import java.util.Set;

import io.sockwork.boot.config.InvalidListenerException;
import io.sockwork.boot.registry.SocketRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;

/**
 * Fails start-up, before any socket binds, when {@code sockwork.tcp.listeners.<name>},
 * {@code sockwork.udp.sockets.<name>} or {@code sockwork.tcp.clients.<name>} names no
 * declared socket of that kind: a typo must not leave the real socket with its
 * annotation's settings (a TLS listener in plaintext, say) without a word.
 */
final class SocketPropertiesNameCheck implements SmartLifecycle {

	private final SockworkProperties properties;

	/**
	 * Looked up when the check runs, so that this bean does not depend on the registry:
	 * Spring stops a lifecycle bean's dependents with it, and this one, done at once,
	 * would release the shutdown phase before the registry's graceful stop completes.
	 */
	private final ObjectProvider<SocketRegistry> registry;

	private volatile boolean running;

	SocketPropertiesNameCheck(SockworkProperties properties, ObjectProvider<SocketRegistry> registry) {
		this.properties = properties;
		this.registry = registry;
	}

	@Override
	public void start() {
		SocketRegistry registry = this.registry.getObject();
		check("sockwork.tcp.listeners", this.properties.getTcp().getListeners(), registry.listenerNames(), "listener",
				"@TcpListener");
		check("sockwork.udp.sockets", this.properties.getUdp().getSockets(), registry.udpSocketNames(), "UDP socket",
				"@UdpSocket");
		check("sockwork.tcp.clients", this.properties.getTcp().getClients(), registry.clientNames(), "client",
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
