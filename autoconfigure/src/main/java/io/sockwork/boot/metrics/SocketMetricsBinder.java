package io.sockwork.boot.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.core.TcpServer;
import io.sockwork.core.UdpChannel;
import org.springframework.context.SmartLifecycle;

/**
 * Registers the meters of every running listener and UDP socket once they are bound, and
 * removes them when they stop: it starts right after the {@link SocketRegistry} and stops
 * right before it.
 */
final class SocketMetricsBinder implements SmartLifecycle {

	private final MeterRegistry registry;

	private final Supplier<Map<String, TcpServer<?>>> servers;

	private final Supplier<Map<String, UdpChannel>> udpSockets;

	private final List<SocketMeters> bound = new ArrayList<>();

	private boolean running;

	SocketMetricsBinder(MeterRegistry registry, Supplier<Map<String, TcpServer<?>>> servers,
			Supplier<Map<String, UdpChannel>> udpSockets) {
		this.registry = registry;
		this.servers = servers;
		this.udpSockets = udpSockets;
	}

	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.servers.get()
			.forEach((name, server) -> this.bound.add(TcpServerMeterBinder.bind(this.registry, name, server)));
		this.udpSockets.get()
			.forEach((name, channel) -> this.bound.add(UdpChannelMeterBinder.bind(this.registry, name, channel)));
		this.running = true;
	}

	@Override
	public synchronized void stop() {
		this.bound.forEach(SocketMeters::remove);
		this.bound.clear();
		this.running = false;
	}

	@Override
	public synchronized boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return SocketRegistry.PHASE + 1;
	}

}
