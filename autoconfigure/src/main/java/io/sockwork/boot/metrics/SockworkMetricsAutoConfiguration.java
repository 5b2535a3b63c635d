package io.sockwork.boot.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.netty4.NettyAllocatorMetrics;
import io.micrometer.core.instrument.binder.netty4.NettyEventExecutorMetrics;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufAllocatorMetricProvider;
import io.sockwork.boot.autoconfigure.SockworkAutoConfiguration;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.core.SocketEngine;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of Sockwork's Micrometer meters: the meters of every listener,
 * client and UDP socket, following the registry as they bind, move and stop, the handler
 * timer when enabled, and Netty's event-loop and allocator meters.
 */
@AutoConfiguration(after = { MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
		SimpleMetricsExportAutoConfiguration.class, SockworkAutoConfiguration.class })
@ConditionalOnClass({ MeterRegistry.class, SocketEngine.class })
@ConditionalOnBean({ MeterRegistry.class, SocketRegistry.class })
public final class SockworkMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SocketMetricsBinder sockworkSocketMetricsBinder(MeterRegistry meterRegistry, SocketRegistry socketRegistry) {
		return new SocketMetricsBinder(meterRegistry, socketRegistry);
	}

	@Bean
	@ConditionalOnBooleanProperty("sockwork.metrics.handler-duration.enabled")
	HandlerDurationDecorator sockworkHandlerDurationDecorator(MeterRegistry meterRegistry) {
		return new HandlerDurationDecorator(meterRegistry);
	}

	@Bean
	MeterBinder sockworkEventLoopMetrics(SocketEngine socketEngine) {
		return new NettyEventExecutorMetrics(socketEngine.eventLoopGroup());
	}

	@Bean
	MeterBinder sockworkAllocatorMetrics() {
		// The engine's channels allocate from Netty's default allocator.
		return (registry) -> {
			if (ByteBufAllocator.DEFAULT instanceof ByteBufAllocatorMetricProvider provider) {
				new NettyAllocatorMetrics(provider).bindTo(registry);
			}
		};
	}

}
