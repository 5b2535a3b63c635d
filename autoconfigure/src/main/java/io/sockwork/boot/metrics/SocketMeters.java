package io.sockwork.boot.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.sockwork.boot.metrics.SockworkMeters.SocketKeyNames;

/**
 * Registers the meters of one socket, all tagged with its name and transport, and
 * remembers them so that they can be removed when the socket stops. Every meter reads the
 * engine's counters: nothing is recorded per event.
 */
final class SocketMeters {

	private final MeterRegistry registry;

	private final Tags tags;

	private final List<Meter> meters = new ArrayList<>();

	SocketMeters(MeterRegistry registry, String name, String transport) {
		this.registry = registry;
		this.tags = Tags.of(SocketKeyNames.NAME.asString(), name, SocketKeyNames.TRANSPORT.asString(), transport);
	}

	/**
	 * The value of a tag as published: lowercase, words joined by dashes.
	 */
	static String tagValue(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	<T> void counter(SockworkMeters meter, T source, ToDoubleFunction<T> count, Tag... extraTags) {
		this.meters.add(FunctionCounter.builder(meter.getName(), source, count)
			.description(meter.getDescription())
			.baseUnit(meter.getBaseUnit())
			.tags(this.tags.and(extraTags))
			.register(this.registry));
	}

	<T> void gauge(SockworkMeters meter, T source, ToDoubleFunction<T> value) {
		this.meters.add(Gauge.builder(meter.getName(), source, value)
			.description(meter.getDescription())
			.baseUnit(meter.getBaseUnit())
			.tags(this.tags)
			.register(this.registry));
	}

	<T> void timer(SockworkMeters meter, T source, ToLongFunction<T> count, ToDoubleFunction<T> totalNanos,
			Tag... extraTags) {
		this.meters.add(FunctionTimer.builder(meter.getName(), source, count, totalNanos, TimeUnit.NANOSECONDS)
			.description(meter.getDescription())
			.tags(this.tags.and(extraTags))
			.register(this.registry));
	}

	/**
	 * Removes every meter registered here.
	 */
	void remove() {
		this.meters.forEach(this.registry::remove);
		this.meters.clear();
	}

}
