package io.sockwork.boot.actuate;

import java.util.LinkedHashMap;
import java.util.Map;

import io.sockwork.boot.registry.SocketDescription;
import io.sockwork.boot.registry.SocketKind;
import io.sockwork.boot.registry.SocketRegistry;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.util.Assert;

/**
 * Reports DOWN when a declared listener or UDP socket is not bound, or a client
 * configured as required ({@code sockwork.tcp.clients.<name>.required}) is not connected.
 * Other clients appear in the details but do not decide the status: a server outside the
 * application must not make it DOWN. The details give every socket's state and address,
 * by {@code tcp} (listeners), {@code udp} and {@code clients}, read live from the
 * registry.
 */
public class SocketsHealthIndicator implements HealthIndicator {

	private static final String CLIENTS = "clients";

	private final SocketRegistry registry;

	/**
	 * Creates the indicator.
	 * @param registry the registry of the application's sockets
	 */
	public SocketsHealthIndicator(SocketRegistry registry) {
		Assert.notNull(registry, "'registry' must not be null");
		this.registry = registry;
	}

	@Override
	public Health health() {
		Map<String, Map<String, Object>> details = new LinkedHashMap<>();
		details.put(SocketKind.LISTENER.transport(), new LinkedHashMap<>());
		details.put(SocketKind.UDP_SOCKET.transport(), new LinkedHashMap<>());
		details.put(CLIENTS, new LinkedHashMap<>());
		boolean up = true;
		for (SocketDescription socket : this.registry.describe()) {
			Map<String, Object> detail = new LinkedHashMap<>();
			detail.put("state", socket.state().value());
			if (socket.address() != null) {
				detail.put("address", socket.address());
			}
			if (socket.failure() != null) {
				detail.put("failure", socket.failure());
			}
			details.computeIfAbsent(group(socket.kind()), (group) -> new LinkedHashMap<>()).put(socket.name(), detail);
			up = up && (!socket.required() || socket.state().isUp());
		}
		Health.Builder health = up ? Health.up() : Health.down();
		details.forEach(health::withDetail);
		return health.build();
	}

	private static String group(SocketKind kind) {
		return (kind == SocketKind.CLIENT) ? CLIENTS : kind.transport();
	}

}
