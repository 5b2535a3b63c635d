package io.sockwork.boot.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.sockwork.boot.registry.SocketChange;
import io.sockwork.boot.registry.SocketChangeListener;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.boot.registry.TcpClientStats;
import io.sockwork.core.TcpServer;
import io.sockwork.core.UdpChannel;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;

/**
 * Follows the {@link SocketRegistry}: registers the meters of a listener, UDP socket or
 * client when it binds (or starts connecting), moves them to the new server, channel or
 * client when it moves, and removes them when it stops.
 */
final class SocketMetricsBinder implements SocketChangeListener, InitializingBean, DisposableBean {

	private final MeterRegistry meterRegistry;

	private final SocketRegistry socketRegistry;

	private final Map<String, SocketMeters> bound = new LinkedHashMap<>();

	SocketMetricsBinder(MeterRegistry meterRegistry, SocketRegistry socketRegistry) {
		this.meterRegistry = meterRegistry;
		this.socketRegistry = socketRegistry;
	}

	@Override
	public void afterPropertiesSet() {
		this.socketRegistry.addChangeListener(this);
	}

	@Override
	public synchronized void socketChanged(SocketChange change) {
		SocketMeters previous = this.bound.remove(change.name());
		if (previous != null) {
			previous.remove();
		}
		if (change.type() != SocketChange.Type.STOPPED) {
			SocketMeters meters = bind(change);
			if (meters != null) {
				this.bound.put(change.name(), meters);
			}
		}
	}

	private @Nullable SocketMeters bind(SocketChange change) {
		String name = change.name();
		return switch (change.kind()) {
			case LISTENER -> {
				TcpServer<?> server = this.socketRegistry.server(name);
				yield (server != null) ? TcpServerMeterBinder.bind(this.meterRegistry, name, server) : null;
			}
			case UDP_SOCKET -> {
				UdpChannel channel = this.socketRegistry.udpSocket(name);
				yield (channel != null) ? UdpChannelMeterBinder.bind(this.meterRegistry, name, channel) : null;
			}
			case CLIENT -> {
				TcpClientStats stats = this.socketRegistry.clientStats(name);
				yield (stats != null) ? TcpClientMeterBinder.bind(this.meterRegistry, name, stats) : null;
			}
		};
	}

	@Override
	public synchronized void destroy() {
		this.socketRegistry.removeChangeListener(this);
		this.bound.values().forEach(SocketMeters::remove);
		this.bound.clear();
	}

}
