package io.sockwork.boot.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.boot.autoconfigure.SockworkAutoConfiguration;
import io.sockwork.boot.autoconfigure.TestClient;
import io.sockwork.boot.handler.TcpHandlerDecorator;
import io.sockwork.boot.registry.SocketRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@link SockworkMetricsAutoConfiguration}.
 */
class SockworkMetricsAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SockworkAutoConfiguration.class,
				SockworkMetricsAutoConfiguration.class, MetricsAutoConfiguration.class))
		.withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new)
		.withBean(Lines.class, Lines::new);

	@Test
	void metersOfAListenerAppearWhenItStartsAndGoWhenItStops() {
		this.contextRunner.run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			try (TestClient client = new TestClient(port(context))) {
				assertThat(client.send("hello\n").readLine()).isEqualTo("hello");
				assertThat(registry.get("sockwork.connections.active").tag("name", "lines").gauge().value())
					.isEqualTo(1);
				assertThat(registry.get("sockwork.bytes.received")
					.tags("name", "lines", "transport", "tcp")
					.functionCounter()
					.count()).isEqualTo(6);
			}
			context.stop();
			assertThat(registry.find("sockwork.connections.active").meters()).isEmpty();
			assertThat(registry.find("sockwork.bytes.received").meters()).isEmpty();
		});
	}

	@Test
	void handlerErrorsOfAnAnnotatedListenerAreCountedByEvent() {
		this.contextRunner.run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			try (TestClient client = new TestClient(port(context))) {
				client.send("fail\n");
				await().until(() -> registry.get("sockwork.handler.errors")
					.tags("name", "lines", "event", "data")
					.functionCounter()
					.count() == 1);
				assertThat(registry.get("sockwork.handler.errors")
					.tags("name", "lines", "event", "open")
					.functionCounter()
					.count()).isZero();
			}
		});
	}

	@Test
	void handlerDurationIsOffByDefault() {
		this.contextRunner.run((context) -> {
			try (TestClient client = new TestClient(port(context))) {
				assertThat(client.send("hello\n").readLine()).isEqualTo("hello");
			}
			assertThat(context).doesNotHaveBean(TcpHandlerDecorator.class);
			assertThat(context.getBean(MeterRegistry.class).find("sockwork.handler.duration").meters()).isEmpty();
		});
	}

	@Test
	void handlerDurationTimesHandlerMethodsByEventWhenEnabled() {
		this.contextRunner.withPropertyValues("sockwork.metrics.handler-duration.enabled=true").run((context) -> {
			try (TestClient client = new TestClient(port(context))) {
				assertThat(client.send("hello\n").readLine()).isEqualTo("hello");
			}
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("sockwork.handler.duration")
				.tags("name", "lines", "transport", "tcp", "event", "data")
				.timer()
				.count()).isEqualTo(1);
		});
	}

	@Test
	void nettyEventLoopAndAllocatorMetersAreBound() {
		this.contextRunner.run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.find("netty.eventexecutor.tasks.pending").gauges()).isNotEmpty();
			assertThat(registry.find("netty.allocator.memory.used").gauges()).isNotEmpty();
		});
	}

	@Test
	void backsOffWithoutMicrometer() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(SocketMetricsBinder.class));
	}

	@Test
	void backsOffWithoutAMeterRegistry() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(SockworkAutoConfiguration.class, SockworkMetricsAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(SocketMetricsBinder.class));
	}

	private static int port(AssertableApplicationContext context) {
		return context.getBean(SocketRegistry.class).server("lines").port();
	}

	static class Lines {

		@TcpListener(name = "lines", host = "127.0.0.1", port = "0")
		String data(String text) {
			if (text.startsWith("fail")) {
				throw new IllegalStateException("failed on purpose");
			}
			return text;
		}

	}

}
