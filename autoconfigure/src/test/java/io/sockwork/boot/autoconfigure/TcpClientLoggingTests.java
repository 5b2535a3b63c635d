package io.sockwork.boot.autoconfigure;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.sockwork.boot.annotation.TcpClient;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.boot.registry.TcpClientStats;
import io.sockwork.core.EngineOptions;
import io.sockwork.core.SocketEngine;
import io.sockwork.core.TcpHandler;
import io.sockwork.core.TcpListenOptions;
import io.sockwork.core.TcpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A client's log, as an operator reads it at INFO: a server that is not up gives one WARN
 * line (name, address, reason, no stack trace) however many attempts fail, the connection
 * one INFO line, a lost connection one WARN line, and the failures after it one WARN line
 * again.
 */
@ExtendWith(OutputCaptureExtension.class)
class TcpClientLoggingTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final int ATTEMPTS = 5;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SockworkAutoConfiguration.class))
		.withBean(Feed.class);

	/** The server side, outside the application, as a remote service would be. */
	private final SocketEngine server = new SocketEngine(EngineOptions.defaults().withThreads(1));

	private final Logger sockworkLogger = (Logger) LoggerFactory.getLogger("io.sockwork");

	private Level level;

	@BeforeEach
	void logAtInfo() {
		this.level = this.sockworkLogger.getLevel();
		this.sockworkLogger.setLevel(Level.INFO);
	}

	@AfterEach
	void restoreLevelAndCloseServer() {
		this.sockworkLogger.setLevel(this.level);
		this.server.close();
	}

	@Test
	void failedAttemptsLogOnceAndEveryChangeOfStateLogsOnce(CapturedOutput output) throws IOException {
		int port = freePort();
		String address = "127.0.0.1:" + port;
		this.contextRunner
			.withPropertyValues("sockwork.tcp.clients.feed.host=127.0.0.1", "sockwork.tcp.clients.feed.port=" + port,
					"sockwork.tcp.clients.feed.reconnect.initial-delay=10ms",
					"sockwork.tcp.clients.feed.reconnect.max-delay=50ms")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				SocketRegistry registry = context.getBean(SocketRegistry.class);
				TcpClientStats stats = registry.clientStats("feed");
				await().atMost(WAIT).until(() -> stats.reconnectAttempts() >= ATTEMPTS);
				String couldNotConnect = "Client 'feed' could not connect to " + address + ": ";
				assertThat(lines(output, "WARN", couldNotConnect)).isEqualTo(1);
				assertThat(output.toString()).contains("Connection refused").doesNotContain("\tat ");

				TcpServer<Void> up = listen(port);
				await().atMost(WAIT).until(() -> registry.client("feed") != null);
				assertThat(lines(output, "INFO", "Client 'feed' connected to " + address + " after ")).isEqualTo(1);
				assertThat(lines(output, "WARN", couldNotConnect)).isEqualTo(1);

				long attemptsBefore = stats.reconnectAttempts();
				up.stop(true);
				await().atMost(WAIT).until(() -> stats.reconnectAttempts() >= attemptsBefore + ATTEMPTS);
				assertThat(lines(output, "WARN", "Client 'feed' lost its connection to " + address)).isEqualTo(1);
				assertThat(lines(output, "WARN", couldNotConnect)).isEqualTo(2);
				assertThat(registry.client("feed")).isNull();
				assertThat(output.toString()).doesNotContain("\tat ");
			});
	}

	private static long lines(CapturedOutput output, String level, String text) {
		return Arrays.stream(output.toString().split("\n"))
			.filter((line) -> line.contains(" " + level + " ") && line.contains(text))
			.count();
	}

	private TcpServer<Void> listen(int port) {
		return this.server.listen(TcpListenOptions.port(port).withHost("127.0.0.1"), new TcpHandler<Void>() {
		});
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	static class Feed {

		@TcpClient(name = "feed")
		void data(String text) {
		}

	}

}
