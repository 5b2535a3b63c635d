package io.sockwork.boot.autoconfigure;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

import io.sockwork.boot.annotation.Dispatch;
import io.sockwork.boot.annotation.OnError;
import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.boot.registry.SocketRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A {@link VirtualMachineError} thrown by an annotated handler method is rethrown, not
 * handed to its {@code @OnError} method: on the event loop, the connection closes; on an
 * executor, the error reaches the executor's thread.
 */
class FatalHandlerErrorTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SockworkAutoConfiguration.class));

	@Test
	void aStackOverflowOnTheEventLoopClosesTheConnectionAndSkipsOnError() {
		this.contextRunner.withBean(Overflowing.class).run((context) -> {
			int port = context.getBean(SocketRegistry.class).server("overflowing").port();
			try (TestClient client = new TestClient(port)) {
				assertThat(client.isClosedByPeerAfter("deep\n".getBytes())).isTrue();
			}
			assertThat(context.getBean(Overflowing.class).errors).isEmpty();
		});
	}

	@Test
	void anOutOfMemoryErrorOnTheExecutorReachesTheExecutorsThreadAndSkipsOnError() {
		List<Throwable> escaped = new CopyOnWriteArrayList<>();
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("recording-");
		Executor recording = (task) -> executor.execute(() -> {
			try {
				task.run();
			}
			catch (Throwable ex) {
				escaped.add(ex);
			}
		});
		this.contextRunner.withBean(Exhausted.class)
			.withBean("applicationTaskExecutor", Executor.class, () -> recording)
			.run((context) -> {
				int port = context.getBean(SocketRegistry.class).server("exhausted").port();
				try (TestClient client = new TestClient(port)) {
					client.send("allocate\n");
					await().until(() -> !escaped.isEmpty());
				}
				assertThat(escaped).singleElement().isInstanceOf(OutOfMemoryError.class);
				assertThat(context.getBean(Exhausted.class).errors).isEmpty();
			});
	}

	static class Overflowing {

		final List<Throwable> errors = new CopyOnWriteArrayList<>();

		@TcpListener(name = "overflowing", host = "127.0.0.1", port = "0")
		void data(String text) {
			throw new StackOverflowError(text);
		}

		@OnError
		void error(Throwable error) {
			this.errors.add(error);
		}

	}

	static class Exhausted {

		final List<Throwable> errors = new CopyOnWriteArrayList<>();

		@TcpListener(name = "exhausted", host = "127.0.0.1", port = "0", dispatch = Dispatch.EXECUTOR)
		void data(String text) {
			throw new OutOfMemoryError(text);
		}

		@OnError
		void error(Throwable error) {
			this.errors.add(error);
		}

	}

}
