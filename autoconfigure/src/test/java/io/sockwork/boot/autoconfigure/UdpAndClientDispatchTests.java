package io.sockwork.boot.autoconfigure;

import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import io.sockwork.boot.annotation.Dispatch;
import io.sockwork.boot.annotation.OnConnectError;
import io.sockwork.boot.annotation.OnOpen;
import io.sockwork.boot.annotation.TcpClient;
import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.boot.annotation.UdpSocket;
import io.sockwork.boot.config.InvalidListenerException;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.core.EngineOptions;
import io.sockwork.core.SocketEngine;
import io.sockwork.core.TcpHandler;
import io.sockwork.core.TcpListenOptions;
import io.sockwork.core.TcpServer;
import io.sockwork.core.TcpSocket;
import io.sockwork.core.UdpChannel;
import io.sockwork.core.UdpStats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Executor dispatch of UDP sockets and TCP clients: a UDP socket's datagrams reach its
 * handler in order on the executor it names, and past the dispatch queue's high-water
 * mark are dropped and counted; a client's handlers run on the executor; and
 * {@code @OnConnectError} tells the application that its upstream is down, on the event
 * loop or on the executor.
 */
class UdpAndClientDispatchTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(SockworkAutoConfiguration.class, TaskExecutionAutoConfiguration.class));

	/** The server side of the clients, outside the application. */
	private final SocketEngine server = new SocketEngine(EngineOptions.defaults().withThreads(1));

	@AfterEach
	void closeServer() {
		this.server.close();
	}

	@Test
	void datagramsReachTheHandlerInOrderOnTheExecutorTheSocketNames() {
		this.contextRunner.withBean(Counter.class, Counter::new)
			.withBean("udpExecutor", Executor.class, () -> executor("udp-exec-"))
			.run((context) -> {
				Counter counter = context.getBean(Counter.class);
				UdpChannel channel = context.getBean(SocketRegistry.class).udpSocket("counter");
				try (UdpTestClient client = new UdpTestClient()) {
					for (int i = 0; i < 100; i++) {
						client.send(Integer.toString(i), channel.port());
					}
					await().until(() -> counter.received.size() == 100);
				}
				assertThat(counter.received).isSortedAccordingTo(Integer::compare);
				assertThat(counter.threads).allMatch((name) -> name.startsWith("udp-exec-"));
			});
	}

	@Test
	void datagramsPastTheHighWaterMarkAreDroppedAndCounted() {
		this.contextRunner.withBean(Counter.class, Counter::new)
			.withBean("udpExecutor", Executor.class, () -> executor("udp-exec-"))
			.withPropertyValues("sockwork.udp.sockets.counter.dispatch-queue.high-water-mark=6B",
					"sockwork.udp.sockets.counter.dispatch-queue.low-water-mark=0B")
			.run((context) -> {
				Counter counter = context.getBean(Counter.class);
				counter.blocked = new CountDownLatch(1);
				UdpChannel channel = context.getBean(SocketRegistry.class).udpSocket("counter");
				UdpStats stats = channel.stats();
				try (UdpTestClient client = new UdpTestClient()) {
					// Ten one-byte datagrams: the first blocks the handler, five more
					// fill the
					// queue to its mark of six bytes, four are dropped.
					for (int i = 0; i < 10; i++) {
						client.send(Integer.toString(i), channel.port());
					}
					await().until(() -> stats.datagramsReceived() == 10);
				}
				assertThat(stats.datagramsDropped()).isEqualTo(4);
				counter.blocked.countDown();
				await().until(() -> counter.received.size() == 6);
				assertThat(counter.received).containsExactly(0, 1, 2, 3, 4, 5);
			});
	}

	@Test
	void aClientRunsItsHandlersOnTheExecutor() {
		TcpServer<Void> echo = this.server.listen(TcpListenOptions.port(0).withHost("127.0.0.1"), new TcpHandler<>() {
			@Override
			public void data(TcpSocket<Void> socket, java.nio.ByteBuffer data) {
				socket.write(data);
			}
		});
		this.contextRunner.withBean(Upstream.class, Upstream::new)
			.withPropertyValues("sockwork.tcp.clients.upstream.port=" + echo.port(),
					"sockwork.tcp.clients.upstream.dispatch=executor")
			.run((context) -> {
				Upstream upstream = context.getBean(Upstream.class);
				await().until(() -> upstream.received.contains("hello"));
				assertThat(upstream.threads).isNotEmpty().allMatch((name) -> name.startsWith("task-"));
			});
	}

	@Test
	void onConnectErrorTellsThatTheUpstreamIsDownOnTheEventLoop() {
		int port = TestClient.freePort();
		this.contextRunner.withBean(Upstream.class, Upstream::new)
			.withPropertyValues("sockwork.tcp.clients.upstream.port=" + port,
					"sockwork.tcp.clients.upstream.reconnect.initial-delay=10ms")
			.run((context) -> {
				Upstream upstream = context.getBean(Upstream.class);
				await().until(() -> upstream.connectErrors.size() >= 2);
				assertThat(upstream.connectErrors).allMatch((error) -> error instanceof ConnectException);
				assertThat(upstream.connectErrorThreads).allMatch((name) -> name.startsWith("sockwork"));
			});
	}

	@Test
	void onConnectErrorRunsOnTheExecutorWithExecutorDispatch() {
		int port = TestClient.freePort();
		this.contextRunner.withBean(Upstream.class, Upstream::new)
			.withPropertyValues("sockwork.tcp.clients.upstream.port=" + port,
					"sockwork.tcp.clients.upstream.dispatch=executor",
					"sockwork.tcp.clients.upstream.reconnect.initial-delay=10ms")
			.run((context) -> {
				Upstream upstream = context.getBean(Upstream.class);
				await().until(() -> !upstream.connectErrors.isEmpty());
				assertThat(upstream.connectErrors.get(0)).isInstanceOf(ConnectException.class);
				assertThat(upstream.connectErrorThreads).allMatch((name) -> name.startsWith("task-"));
			});
	}

	@Test
	void onConnectErrorOnAListenerFailsStartUp() {
		this.contextRunner.withBean(ListenerWithConnectError.class, ListenerWithConnectError::new)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(InvalidListenerException.class)
				.hasMessageContaining("names listener 'plain', but only TCP clients have that event"));
	}

	@Test
	void anExecutorNameWithoutABeanFailsStartUpNamingIt() {
		this.contextRunner.withBean(Counter.class, Counter::new)
			.run((context) -> assertThat(context).getFailure()
				.hasMessageContaining(
						"UDP socket 'counter' dispatches on an executor, but the application has no Executor bean "
								+ "named 'udpExecutor'"));
	}

	private static ThreadPoolTaskExecutor executor(String prefix) {
		ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
		executor.setThreadNamePrefix(prefix);
		executor.setCorePoolSize(2);
		executor.initialize();
		return executor;
	}

	static class Counter {

		final List<Integer> received = new CopyOnWriteArrayList<>();

		final List<String> threads = new CopyOnWriteArrayList<>();

		volatile CountDownLatch blocked = new CountDownLatch(0);

		@UdpSocket(name = "counter", host = "127.0.0.1", port = "0", dispatch = Dispatch.EXECUTOR,
				executor = "udpExecutor")
		void data(String text) throws InterruptedException {
			this.blocked.await(30, TimeUnit.SECONDS);
			this.threads.add(Thread.currentThread().getName());
			this.received.add(Integer.parseInt(text));
		}

	}

	static class Upstream {

		final List<String> received = new CopyOnWriteArrayList<>();

		final List<String> threads = new CopyOnWriteArrayList<>();

		final List<Throwable> connectErrors = new CopyOnWriteArrayList<>();

		final List<String> connectErrorThreads = new CopyOnWriteArrayList<>();

		@TcpClient(name = "upstream", host = "127.0.0.1")
		void data(String text) {
			this.threads.add(Thread.currentThread().getName());
			this.received.add(text);
		}

		@OnOpen
		void open(TcpSocket<?> socket) {
			socket.write("hello");
		}

		@OnConnectError
		void connectError(Throwable error) {
			this.connectErrorThreads.add(Thread.currentThread().getName());
			this.connectErrors.add(error);
		}

	}

	static class ListenerWithConnectError {

		@TcpListener(name = "plain", host = "127.0.0.1", port = "0")
		void data(String text) {
		}

		@OnConnectError
		void connectError(Throwable error) {
		}

	}

}
