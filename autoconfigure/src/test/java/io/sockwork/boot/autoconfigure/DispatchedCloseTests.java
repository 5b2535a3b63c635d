package io.sockwork.boot.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.sockwork.boot.annotation.Dispatch;
import io.sockwork.boot.annotation.OnClose;
import io.sockwork.boot.annotation.OnEnd;
import io.sockwork.boot.annotation.OnTimeout;
import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.core.TcpSocket;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The engine closes a socket after {@code @OnEnd} or an idle {@code @OnTimeout} only once
 * those handlers returned on the executor, so that the peer reads what they wrote before
 * FIN; a graceful stop waits for the {@code @OnClose} handlers on the executor. Each
 * handler under test takes a little while (it sleeps 50 ms) so that a close that did not
 * wait would overtake it.
 */
class DispatchedCloseTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SockworkAutoConfiguration.class, TaskExecutionAutoConfiguration.class))
		.withBean(Farewell.class, Farewell::new);

	@Test
	void whatOnEndWritesOnTheExecutorReachesThePeerBeforeFin() {
		this.contextRunner.run((context) -> {
			try (Socket client = connect(context.getBean(SocketRegistry.class).server("farewell").port())) {
				client.getOutputStream().write("hello\n".getBytes(StandardCharsets.UTF_8));
				client.shutdownOutput();
				assertThat(readToEnd(client)).isEqualTo("bye\n");
			}
			Farewell farewell = context.getBean(Farewell.class);
			assertThat(farewell.accepted.get()).isEqualTo(4);
			assertThat(farewell.offLoop.get()).isTrue();
		});
	}

	@Test
	void whatOnTimeoutWritesOnTheExecutorReachesThePeerBeforeTheIdleClose() {
		this.contextRunner.withPropertyValues("sockwork.tcp.listeners.farewell.idle-timeout=200ms").run((context) -> {
			try (Socket client = connect(context.getBean(SocketRegistry.class).server("farewell").port())) {
				assertThat(readToEnd(client)).isEqualTo("idle\n");
			}
			assertThat(context.getBean(Farewell.class).accepted.get()).isEqualTo(5);
		});
	}

	@Test
	void aGracefulStopWaitsForTheCloseHandlersOnTheExecutor() throws Exception {
		this.contextRunner.run((context) -> {
			Farewell farewell = context.getBean(Farewell.class);
			try (Socket client = connect(context.getBean(SocketRegistry.class).server("farewell").port())) {
				await().until(() -> context.getBean(SocketRegistry.class).server("farewell").connectionCount() == 1);
				CompletableFuture<Void> stopped = CompletableFuture.runAsync(context::stop);
				assertThat(readToEnd(client)).isEmpty();
				client.close();
				stopped.get(30, TimeUnit.SECONDS);
			}
			assertThat(farewell.closed.get()).isTrue();
		});
	}

	private static Socket connect(int port) throws IOException {
		Socket socket = new Socket();
		socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
		socket.setSoTimeout(10_000);
		return socket;
	}

	private static String readToEnd(Socket socket) throws IOException {
		InputStream in = socket.getInputStream();
		return new String(in.readAllBytes(), StandardCharsets.UTF_8);
	}

	static class Farewell {

		final AtomicInteger accepted = new AtomicInteger();

		final AtomicBoolean offLoop = new AtomicBoolean();

		final AtomicBoolean closed = new AtomicBoolean();

		@TcpListener(name = "farewell", host = "127.0.0.1", port = "0", dispatch = Dispatch.EXECUTOR)
		void data(String text) {
		}

		@OnEnd
		void end(TcpSocket<?> socket) throws InterruptedException {
			Thread.sleep(50);
			this.offLoop.set(!Thread.currentThread().getName().startsWith("sockwork"));
			this.accepted.set(socket.write("bye\n"));
		}

		@OnTimeout
		void timeout(TcpSocket<?> socket) throws InterruptedException {
			Thread.sleep(50);
			this.accepted.set(socket.write("idle\n"));
		}

		@OnClose
		void close() throws InterruptedException {
			Thread.sleep(50);
			this.closed.set(true);
		}

	}

}
