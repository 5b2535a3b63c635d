package io.sockwork.boot.autoconfigure;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.core.TcpServer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the {@link SocketRegistry}'s lifecycle.
 */
class SocketRegistryTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SockworkAutoConfiguration.class))
		.withUserConfiguration(Listeners.Echo.class);

	@Test
	void registryExposesRunningServersByName() {
		this.contextRunner.run((context) -> {
			SocketRegistry registry = context.getBean(SocketRegistry.class);
			assertThat(registry.listenerNames()).containsExactly("echo");
			assertThat(registry.servers()).containsOnlyKeys("echo");
			assertThat(registry.server("echo")).isSameAs(registry.servers().get("echo"));
			assertThat(registry.server("nope")).isNull();
		});
	}

	@Test
	void stopEndsOpenSocketsAndCallsBackOnceEveryServerStopped() {
		this.contextRunner.withPropertyValues("sockwork.shutdown.grace-period=200ms").run((context) -> {
			SocketRegistry registry = context.getBean(SocketRegistry.class);
			TcpServer<?> server = registry.server("echo");
			try (TestClient client = new TestClient(server.port())) {
				assertThat(client.send("x\n").readLine()).isEqualTo("x");
				CountDownLatch stopped = new CountDownLatch(1);
				registry.stop(stopped::countDown);
				assertThat(registry.isRunning()).isFalse();
				assertThat(client.readToEnd()).isEmpty();
				assertThat(stopped.await(5, TimeUnit.SECONDS)).isTrue();
			}
			assertThat(server.isListening()).isFalse();
			assertThat(server.connectionCount()).isZero();
			assertThat(registry.servers()).isEmpty();
		});
	}

	@Test
	void serversStopWhenTheContextCloses() {
		TcpServer<?>[] server = new TcpServer<?>[1];
		this.contextRunner.run((context) -> server[0] = context.getBean(SocketRegistry.class).server("echo"));
		assertThat(server[0].isListening()).isFalse();
	}

}
