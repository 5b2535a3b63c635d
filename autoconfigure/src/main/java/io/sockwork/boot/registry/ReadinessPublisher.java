package io.sockwork.boot.registry;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Ties Spring Boot's readiness to the listeners and UDP sockets after a reload: the
 * application refuses traffic while one of them is declared but not bound, and accepts it
 * again once every one is. At start-up the registry binds them all before the application
 * reports ready, or start-up fails.
 */
final class ReadinessPublisher {

	private static final Logger logger = LoggerFactory.getLogger(ReadinessPublisher.class);

	private @Nullable ApplicationEventPublisher publisher;

	private boolean refusing;

	void publisher(ApplicationEventPublisher publisher) {
		this.publisher = publisher;
	}

	/**
	 * Publishes the readiness that {@code sockets} call for, if it changed.
	 */
	void update(List<SocketDescription> sockets) {
		List<String> unbound = sockets.stream()
			.filter((socket) -> socket.kind() != SocketKind.CLIENT && !socket.state().isUp())
			.map(SocketDescription::name)
			.toList();
		ApplicationEventPublisher target = this.publisher;
		if (target == null || unbound.isEmpty() == !this.refusing) {
			return;
		}
		this.refusing = !unbound.isEmpty();
		if (this.refusing) {
			logger.warn("Refusing traffic: the sockets {} are declared but not bound", unbound);
		}
		AvailabilityChangeEvent.publish(target, this,
				this.refusing ? ReadinessState.REFUSING_TRAFFIC : ReadinessState.ACCEPTING_TRAFFIC);
	}

}
