package io.sockwork.boot.actuate;

import io.sockwork.boot.autoconfigure.SockworkAutoConfiguration;
import io.sockwork.boot.registry.SocketRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@link SocketsHealthIndicator sockets} health indicator.
 */
@AutoConfiguration(after = SockworkAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(SocketRegistry.class)
@ConditionalOnEnabledHealthIndicator("sockets")
public final class SocketsHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "socketsHealthIndicator")
	SocketsHealthIndicator socketsHealthIndicator(SocketRegistry socketRegistry) {
		return new SocketsHealthIndicator(socketRegistry);
	}

}
