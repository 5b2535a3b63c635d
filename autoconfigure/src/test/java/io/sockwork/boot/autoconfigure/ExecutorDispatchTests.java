package io.sockwork.boot.autoconfigure;

import java.io.ByteArrayOutputStream;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import io.sockwork.boot.annotation.Dispatch;
import io.sockwork.boot.annotation.OnError;
import io.sockwork.boot.annotation.OnOpen;
import io.sockwork.boot.annotation.TcpListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.sockwork.boot.actuate.SocketsEndpoint;
import io.sockwork.boot.actuate.SocketsEndpointAutoConfiguration;
import io.sockwork.boot.metrics.SockworkMetricsAutoConfiguration;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.core.TcpSocket;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for listeners that dispatch their handlers on the application's task executor:
 * order per socket, errors reach {@code @OnError} and are counted in
 * {@code sockwork.handler.errors} and the {@code sockets} endpoint as on the event loop,
 * and a missing executor or inverted dispatch-queue water marks fail start-up.
 */
class ExecutorDispatchTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(SockworkAutoConfiguration.class, TaskExecutionAutoConfiguration.class));

	@Test
	void dispatchFromPropertiesRunsHandlersOffTheEventLoopAndKeepsTheOrderOfEachSocket() {
		this.contextRunner.withBean(Recorder.class)
			.withPropertyValues("sockwork.tcp.listeners.recorder.dispatch=executor")
			.run((context) -> {
				Recorder recorder = context.getBean(Recorder.class);
				int port = context.getBean(SocketRegistry.class).server("recorder").port();
				StringBuilder sent = new StringBuilder();
				try (TestClient client = new TestClient(port)) {
					for (int i = 0; i < 2000; i++) {
						String line = i + "\n";
						sent.append(line);
						client.send(line);
					}
					await().untilAsserted(() -> assertThat(recorder.received()).hasSize(sent.length()));
				}
				assertThat(recorder.received()).isEqualTo(sent.toString());
				assertThat(recorder.threads).isNotEmpty().noneMatch((name) -> name.startsWith("sockwork"));
				assertThat(recorder.threads).allMatch((name) -> name.startsWith("task-"));
			});
	}

	@Test
	void dispatchFromTheAnnotationRoutesHandlerExceptionsToTheErrorHandler() {
		this.contextRunner.withBean(Failing.class).run((context) -> {
			Failing failing = context.getBean(Failing.class);
			int port = context.getBean(SocketRegistry.class).server("failing").port();
			try (TestClient client = new TestClient(port)) {
				assertThat(client.readLine()).isEqualTo("ready");
				assertThat(client.send("boom\n").readLine()).isEqualTo("error: boom");
			}
			assertThat(failing.errorThread.get()).doesNotStartWith("sockwork");
		});
	}

	@Test
	void errorsThrownOnTheExecutorAreCountedInTheMeterAndTheEndpoint() {
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(SockworkMetricsAutoConfiguration.class,
					MetricsAutoConfiguration.class, SocketsEndpointAutoConfiguration.class))
			.withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new)
			.withPropertyValues("management.endpoints.web.exposure.include=sockets")
			.withBean(Failing.class)
			.run((context) -> {
				int port = context.getBean(SocketRegistry.class).server("failing").port();
				try (TestClient client = new TestClient(port)) {
					assertThat(client.readLine()).isEqualTo("ready");
					assertThat(client.send("boom\n").readLine()).isEqualTo("error: boom");
					assertThat(client.send("again\n").readLine()).isEqualTo("error: again");
				}
				MeterRegistry meters = context.getBean(MeterRegistry.class);
				assertThat(meters.get("sockwork.handler.errors")
					.tags("name", "failing", "event", "data")
					.functionCounter()
					.count()).isEqualTo(2);
				SocketsEndpoint.SocketDescriptor listener = context.getBean(SocketsEndpoint.class)
					.socket("failing")
					.sockets()
					.get(0);
				assertThat(listener).isInstanceOfSatisfying(SocketsEndpoint.TcpListenerDescriptor.class,
						(described) -> assertThat(described.counts().handlerErrors()).isEqualTo(2));
			});
	}

	@Test
	void aDispatchQueueLowWaterMarkAboveTheHighOneFailsStartUpNamingTheProperty() {
		this.contextRunner.withBean(Recorder.class)
			.withPropertyValues("sockwork.tcp.listeners.recorder.dispatch=executor",
					"sockwork.tcp.listeners.recorder.dispatch-queue.high-water-mark=1KB",
					"sockwork.tcp.listeners.recorder.dispatch-queue.low-water-mark=2KB")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining(
						"must not be above sockwork.tcp.listeners.recorder.dispatch-queue.high-water-mark"));
	}

	@Test
	void dispatchWithoutATaskExecutorFailsStartUpNamingTheListener() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SockworkAutoConfiguration.class))
			.withBean(Failing.class)
			.run((context) -> assertThat(context).getFailure()
				.hasMessageContaining(
						"Listener 'failing' dispatches on an executor, but the application has no task executor"));
	}

	static class Recorder {

		private final ByteArrayOutputStream received = new ByteArrayOutputStream();

		final Set<String> threads = ConcurrentHashMap.newKeySet();

		@TcpListener(name = "recorder", host = "127.0.0.1", port = "0")
		void data(byte[] data) {
			this.threads.add(Thread.currentThread().getName());
			synchronized (this.received) {
				this.received.writeBytes(data);
			}
		}

		String received() {
			synchronized (this.received) {
				return this.received.toString(java.nio.charset.StandardCharsets.UTF_8);
			}
		}

	}

	static class Failing {

		final AtomicReference<String> errorThread = new AtomicReference<>();

		@OnOpen
		String open() {
			return "ready\n";
		}

		@TcpListener(name = "failing", host = "127.0.0.1", port = "0", dispatch = Dispatch.EXECUTOR)
		void data(String text) {
			throw new IllegalArgumentException(text.trim());
		}

		@OnError
		void error(TcpSocket<?> socket, Throwable error) {
			this.errorThread.set(Thread.currentThread().getName());
			socket.write("error: " + error.getMessage() + "\n");
		}

	}

}
