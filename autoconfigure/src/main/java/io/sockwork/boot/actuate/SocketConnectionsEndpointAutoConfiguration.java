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
 * Auto-configuration of the {@link SocketConnectionsEndpoint socketconnections} actuator
 * endpoint.
 */
@AutoConfiguration(after = SockworkAutoConfiguration.class)
@ConditionalOnClass({ Endpoint.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnBean(SocketRegistry.class)
@ConditionalOnAvailableEndpoint(SocketConnectionsEndpoint.class)
public final class SocketConnectionsEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SocketConnectionsEndpoint socketConnectionsEndpoint(SocketRegistry socketRegistry) {
		return new SocketConnectionsEndpoint(socketRegistry);
	}

}
