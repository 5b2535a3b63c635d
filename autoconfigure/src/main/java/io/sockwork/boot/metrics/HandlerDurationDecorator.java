package io.sockwork.boot.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.sockwork.boot.handler.TcpHandlerDecorator;
import io.sockwork.core.TcpHandler;

/**
 * Times the handler methods of every listener with a {@link TimedTcpHandler}.
 */
final class HandlerDurationDecorator implements TcpHandlerDecorator {

	private final MeterRegistry registry;

	HandlerDurationDecorator(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public TcpHandler<Object> decorate(String listenerName, TcpHandler<Object> handler) {
		return new TimedTcpHandler(handler, this.registry, listenerName);
	}

}
