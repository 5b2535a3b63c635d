package io.sockwork.boot.actuate;

import io.sockwork.boot.autoconfigure.SockworkAutoConfiguration;
import io.sockwork.boot.registry.SocketRegistry;

import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@link SocketsEndpoint sockets} actuator endpoint.
 */
@AutoConfiguration(after = SockworkAutoConfiguration.class)
@ConditionalOnClass({ Endpoint.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnBean(SocketRegistry.class)
@ConditionalOnAvailableEndpoint(SocketsEndpoint.class)
public final class SocketsEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SocketsEndpoint socketsEndpoint(SocketRegistry socketRegistry) {
		return new SocketsEndpoint(socketRegistry);
	}

}
