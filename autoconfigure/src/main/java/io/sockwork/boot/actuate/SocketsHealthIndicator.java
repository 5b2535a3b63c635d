package io.sockwork.boot.actuate;

import java.util.LinkedHashMap;
import java.util.Map;

import io.sockwork.boot.actuate.SocketsEndpoint.SocketDescriptor;
import io.sockwork.boot.registry.SocketRegistry;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.util.Assert;

/**
 * Reports DOWN when a declared listener or UDP socket is not bound, with the state and
 * address of every socket in the details, by transport and name.
 */
public class SocketsHealthIndicator implements HealthIndicator {

	private final SocketDescriber describer;

	/**
	 * Creates the indicator.
	 * @param registry the registry of the application's sockets
	 */
	public SocketsHealthIndicator(SocketRegistry registry) {
		Assert.notNull(registry, "'registry' must not be null");
		this.describer = new SocketDescriber(registry);
	}

	@Override
	public Health health() {
		Map<String, Map<String, Object>> details = new LinkedHashMap<>();
		details.put(SocketDescriber.TCP, new LinkedHashMap<>());
		details.put(SocketDescriber.UDP, new LinkedHashMap<>());
		boolean up = true;
		for (SocketDescriptor socket : this.describer.describe((name) -> true)) {
			Map<String, Object> detail = new LinkedHashMap<>();
			detail.put("state", socket.state());
			if (socket.address() != null) {
				detail.put("address", socket.address());
			}
			details.computeIfAbsent(socket.transport(), (transport) -> new LinkedHashMap<>())
				.put(socket.name(), detail);
			up = up && SocketDescriber.LISTENING.equals(socket.state());
		}
		Health.Builder health = up ? Health.up() : Health.down();
		details.forEach(health::withDetail);
		return health.build();
	}

}
