package io.sockwork.boot.autoconfigure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.boot.registry.SocketRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 2,000 connections each send one request to a handler that blocks for 100 ms on the
 * executor: every one is answered, and the handlers run side by side, which the most
 * handlers in flight at once shows (not a timing). On virtual threads
 * ({@code spring.threads.virtual.enabled}, Java 21+) far more run at once than a platform
 * pool would allow; on a bounded platform pool named by {@code executor}, exactly as many
 * as it has threads.
 */
class DispatchConcurrencyTests {

	private static final int CONNECTIONS = 2000;

	private static final int POOL_SIZE = 32;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SockworkAutoConfiguration.class, TaskExecutionAutoConfiguration.class))
		.withBean(Blocking.class, Blocking::new);

	@Test
	@EnabledForJreRange(min = JRE.JAVA_21)
	void onVirtualThreadsFarMoreHandlersBlockAtOnceThanAPlatformPoolHasThreads() throws Exception {
		this.contextRunner
			.withPropertyValues("spring.threads.virtual.enabled=true",
					"sockwork.tcp.listeners.blocking.dispatch=executor")
			.run((context) -> {
				Blocking blocking = answerAll(context);
				assertThat(blocking.virtual.get()).isEqualTo(CONNECTIONS);
				assertThat(blocking.maxInFlight.get()).isGreaterThan(POOL_SIZE);
			});
	}

	@Test
	void onABoundedPoolNamedByTheListenerAsManyHandlersBlockAtOnceAsItHasThreads() throws Exception {
		this.contextRunner
			.withPropertyValues("sockwork.tcp.listeners.blocking.dispatch=executor",
					"sockwork.tcp.listeners.blocking.executor=blockingPool")
			.withBean("blockingPool", Executor.class, DispatchConcurrencyTests::pool)
			.run((context) -> {
				Blocking blocking = answerAll(context);
				assertThat(blocking.maxInFlight.get()).isEqualTo(POOL_SIZE);
			});
	}

	private static Blocking answerAll(ConfigurableApplicationContext context) throws IOException {
		int port = context.getBean(SocketRegistry.class).server("blocking").port();
		List<Socket> sockets = new ArrayList<>();
		try {
			for (int i = 0; i < CONNECTIONS; i++) {
				Socket socket = new Socket();
				sockets.add(socket);
				socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
				socket.setSoTimeout(60_000);
			}
			for (int i = 0; i < CONNECTIONS; i++) {
				sockets.get(i).getOutputStream().write(("request " + i + "\n").getBytes(StandardCharsets.UTF_8));
			}
			for (int i = 0; i < CONNECTIONS; i++) {
				BufferedReader reader = new BufferedReader(
						new InputStreamReader(sockets.get(i).getInputStream(), StandardCharsets.UTF_8));
				assertThat(reader.readLine()).isEqualTo("answer " + i);
			}
		}
		finally {
			for (Socket socket : sockets) {
				socket.close();
			}
		}
		Blocking blocking = context.getBean(Blocking.class);
		assertThat(blocking.answered.get()).isEqualTo(CONNECTIONS);
		return blocking;
	}

	private static ThreadPoolTaskExecutor pool() {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setCorePoolSize(POOL_SIZE);
		executor.setMaxPoolSize(POOL_SIZE);
		executor.setThreadNamePrefix("blocking-");
		executor.initialize();
		return executor;
	}

	static class Blocking {

		final AtomicInteger inFlight = new AtomicInteger();

		final AtomicInteger maxInFlight = new AtomicInteger();

		final AtomicInteger answered = new AtomicInteger();

		final AtomicInteger virtual = new AtomicInteger();

		@TcpListener(name = "blocking", host = "127.0.0.1", port = "0")
		String data(String request) throws InterruptedException {
			int now = this.inFlight.incrementAndGet();
			this.maxInFlight.accumulateAndGet(now, Math::max);
			if (Thread.currentThread().toString().startsWith("VirtualThread")) {
				this.virtual.incrementAndGet();
			}
			try {
				// The blocking call under test (a JDBC or REST call in an application).
				Thread.sleep(100);
			}
			finally {
				this.inFlight.decrementAndGet();
			}
			this.answered.incrementAndGet();
			return "answer " + request.trim().substring("request ".length()) + "\n";
		}

	}

}
