package io.sockwork.boot.autoconfigure;

import io.sockwork.boot.discovery.TcpListenerAnnotationBeanPostProcessor;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.core.EngineOptions;
import io.sockwork.core.SocketEngine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBindHandlerAdvisor;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Role;

/**
 * Auto-configuration of Sockwork: one shared {@link SocketEngine}, the
 * {@link SocketRegistry} that binds the annotated listeners and UDP sockets when the
 * context starts and reloads the listeners when the context or Spring Cloud's refresh
 * scope is refreshed, and the discovery of {@code @TcpListener} and {@code @UdpSocket}
 * methods.
 */
@AutoConfiguration(after = { TaskExecutionAutoConfiguration.class, SslAutoConfiguration.class })
@ConditionalOnClass(SocketEngine.class)
@EnableConfigurationProperties(SockworkProperties.class)
public final class SockworkAutoConfiguration {

	@Bean
	static ConfigurationPropertiesBindHandlerAdvisor sockworkUnknownSocketKeys() {
		return UnknownSocketKeysBindHandler::new;
	}

	@Bean
	@ConfigurationPropertiesBinding
	static ShortFormConverter sockworkShortFormConverter() {
		return new ShortFormConverter();
	}

	@Bean
	@ConditionalOnMissingBean(SocketEngine.class)
	SocketEngineFactoryBean socketEngine(SockworkProperties properties,
			ObjectProvider<SocketEngineCustomizer> customizers) {
		return new SocketEngineFactoryBean(() -> {
			EngineOptions options = new EngineOptions(properties.getEngine().getThreads(),
					properties.getEngine().getTransport());
			for (SocketEngineCustomizer customizer : customizers.orderedStream().toList()) {
				options = customizer.customize(options);
			}
			return new SocketEngine(options);
		});
	}

	@Bean
	@ConditionalOnMissingBean
	SocketRegistry socketRegistry(SocketEngine socketEngine, SockworkProperties properties) {
		return new SocketRegistry(socketEngine, properties.getShutdown().getGracePeriod());
	}

	@Bean
	SocketPropertiesNameCheck sockworkSocketPropertiesNameCheck(SockworkProperties properties,
			ObjectProvider<SocketRegistry> socketRegistry) {
		return new SocketPropertiesNameCheck(properties, socketRegistry);
	}

	@Bean
	LocalSocketPorts sockworkLocalSocketPorts(ApplicationContext context, SocketRegistry socketRegistry) {
		LocalSocketPorts ports = new LocalSocketPorts(context, socketRegistry);
		socketRegistry.addChangeListener(ports);
		return ports;
	}

	@Bean
	ReloadOnRefreshListener sockworkReloadOnRefreshListener(SocketRegistry socketRegistry) {
		return new ReloadOnRefreshListener(socketRegistry);
	}

	@Bean
	PropertiesSettingsCustomizer sockworkPropertiesSettingsCustomizer(SockworkProperties properties) {
		return new PropertiesSettingsCustomizer(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	static TcpListenerAnnotationBeanPostProcessor tcpListenerAnnotationBeanPostProcessor() {
		return new TcpListenerAnnotationBeanPostProcessor();
	}

}
