package io.sockwork.boot.autoconfigure;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.core.EngineOptions;
import io.sockwork.core.SocketEngine;
import io.sockwork.core.TcpConnectOptions;
import io.sockwork.core.TcpHandler;
import io.sockwork.core.TcpSocket;
import io.sockwork.core.Transport;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link SockworkAutoConfiguration}: the engine, its back-off and customizers,
 * and the registry.
 */
class SockworkAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SockworkAutoConfiguration.class));

	@Test
	void whenNothingIsConfiguredThenOneEngineAndAnEmptyRegistryExist() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(SocketEngine.class).hasSingleBean(SocketRegistry.class);
			SocketEngine engine = context.getBean(SocketEngine.class);
			assertThat(engine.threads()).isPositive();
			assertThat(engine.transport()).isNotEqualTo(Transport.AUTO);
			SocketRegistry registry = context.getBean(SocketRegistry.class);
			assertThat(registry.servers()).isEmpty();
			assertThat(registry.isRunning()).isTrue();
			assertThat(context.getBean(SockworkProperties.class).getShutdown().getGracePeriod())
				.isEqualTo(Duration.ofSeconds(10));
		});
	}

	@Test
	void engineThreadsAndTransportComeFromProperties() {
		this.contextRunner.withPropertyValues("sockwork.engine.threads=1", "sockwork.engine.transport=nio")
			.run((context) -> {
				SocketEngine engine = context.getBean(SocketEngine.class);
				assertThat(engine.threads()).isEqualTo(1);
				assertThat(engine.transport()).isEqualTo(Transport.NIO);
			});
	}

	@Test
	void whenTheApplicationDefinesAnEngineThenTheAutoConfiguredOneBacksOff() {
		this.contextRunner.withUserConfiguration(UserEngineConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(SocketEngine.class);
			assertThat(context.getBean(SocketEngine.class)).isSameAs(context.getBean("userEngine"));
			assertThat(context.getBean(SocketEngine.class).threads()).isEqualTo(2);
		});
	}

	@Test
	void engineCustomizersAreAppliedInOrder() {
		this.contextRunner.withUserConfiguration(CustomizerConfiguration.class).run((context) -> {
			// the first sets 2 threads, the second adds one: 3 only in this order
			assertThat(context.getBean(SocketEngine.class).threads()).isEqualTo(3);
		});
	}

	@Test
	void engineIsClosedWithTheContext() {
		SocketEngine[] engine = new SocketEngine[1];
		this.contextRunner.run((context) -> engine[0] = context.getBean(SocketEngine.class));
		assertThat(engine[0].isClosed()).isTrue();
	}

	@Test
	void applicationCanConnectClientSocketsWithTheInjectedEngine() {
		this.contextRunner.withUserConfiguration(Listeners.Echo.class).run((context) -> {
			int port = context.getBean(SocketRegistry.class).server("echo").port();
			StringBuilder received = new StringBuilder();
			TcpSocket<Object> client = context.getBean(SocketEngine.class)
				.connect(TcpConnectOptions.to("127.0.0.1", port), new TcpHandler<Object>() {
					@Override
					public void data(TcpSocket<Object> socket, ByteBuffer data) {
						synchronized (received) {
							received.append(StandardCharsets.UTF_8.decode(data));
						}
					}
				})
				.get(5, TimeUnit.SECONDS);
			client.write("ping");
			await().untilAsserted(() -> {
				synchronized (received) {
					assertThat(received.toString()).isEqualTo("ping");
				}
			});
			client.close();
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class UserEngineConfiguration {

		@Bean(destroyMethod = "close")
		SocketEngine userEngine() {
			return new SocketEngine(new EngineOptions(2, Transport.NIO));
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class CustomizerConfiguration {

		@Bean
		@Order(2)
		SocketEngineCustomizer addOneThread() {
			return (options) -> options.withThreads(options.threads() + 1);
		}

		@Bean
		@Order(1)
		SocketEngineCustomizer twoThreads() {
			return (options) -> options.withThreads(2);
		}

	}

}
