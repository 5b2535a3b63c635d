package io.sockwork.boot.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.testsupport.TestCertificates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A remote client cannot flood the log: 100 failed TLS handshakes and 100 lines over
 * their limit, from 200 connections, log one line per failure at most, rate-limited, and
 * no stack trace at INFO; a frame over its limit is one WARN line that names the
 * listener, the peer and the limit.
 */
@ExtendWith(OutputCaptureExtension.class)
class LogFloodTests {

	private static final int CONNECTIONS_PER_KIND = 100;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, SockworkAutoConfiguration.class))
		.withBean(Listeners.class);

	private final Logger sockworkLogger = (Logger) LoggerFactory.getLogger("io.sockwork");

	private Level level;

	@TempDir
	private Path certificates;

	@BeforeEach
	void logAtInfo() {
		this.level = this.sockworkLogger.getLevel();
		this.sockworkLogger.setLevel(Level.INFO);
	}

	@AfterEach
	void restoreLevel() {
		this.sockworkLogger.setLevel(this.level);
	}

	@Test
	void garbageOnATlsPortAndOverlongLinesLogOneRateLimitedLineWithoutStackTraces(CapturedOutput output) {
		this.contextRunner
			.withPropertyValues(
					TestCertificates.pemBundle("server", this.certificates, TestCertificates.server("localhost")))
			.withPropertyValues("sockwork.tcp.listeners.secure.tls.bundle=server",
					"sockwork.tcp.listeners.lines.framing.type=lines",
					"sockwork.tcp.listeners.lines.framing.max-length=64B")
			.run((context) -> {
				SocketRegistry registry = context.getBean(SocketRegistry.class);
				int before = output.length();
				for (int i = 0; i < CONNECTIONS_PER_KIND; i++) {
					try (TestClient garbage = new TestClient(registry.server("secure").port());
							TestClient overlong = new TestClient(registry.server("lines").port())) {
						assertThat(garbage.isClosedByPeerAfter(("GET /" + i + " HTTP/1.0\r\n\r\n").getBytes()))
							.isTrue();
						assertThat(overlong.isClosedByPeerAfter(("x".repeat(200) + "\n").getBytes())).isTrue();
					}
				}
				await().until(() -> registry.server("secure").stats().handshakes(false) == CONNECTIONS_PER_KIND);
				String logged = output.toString().substring(before);
				long failureLines = Arrays.stream(logged.split("\n"))
					.filter((line) -> line.contains("TLS handshake failed") || line.contains("Bad input"))
					.count();
				assertThat(logged).doesNotContain("\tat ");
				assertThat(failureLines).isPositive().isLessThan(2 * CONNECTIONS_PER_KIND);
				assertThat(logged.length()).isLessThan(2 * CONNECTIONS_PER_KIND * 300);
			});
	}

	@Test
	void aFrameOverItsLimitLogsOneWarnLineNamingTheListenerThePeerAndTheLimitWithoutStackTrace(CapturedOutput output) {
		this.contextRunner
			.withPropertyValues("sockwork.tcp.listeners.lines.framing.type=lines",
					"sockwork.tcp.listeners.lines.framing.max-length=16B")
			.run((context) -> {
				int port = context.getBean(SocketRegistry.class).server("lines").port();
				int before = output.length();
				// Another test's flood may hold the process-wide rate limit for up to a
				// window: connect again until the line is let through.
				await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
					try (TestClient overlong = new TestClient(port)) {
						assertThat(overlong.isClosedByPeerAfter(("x".repeat(100) + "\n").getBytes())).isTrue();
					}
					assertThat(output.toString().substring(before)).contains("Bad input on listener 'lines'");
				});
				String logged = output.toString().substring(before);
				String line = Arrays.stream(logged.split("\n"))
					.filter((candidate) -> candidate.contains("Bad input on listener 'lines'"))
					.findFirst()
					.orElseThrow();
				assertThat(line).contains("WARN")
					.contains("from 127.0.0.1:")
					.contains("longer than the maximum of 16 bytes")
					.doesNotContain("/127.0.0.1");
				assertThat(logged).doesNotContain("\tat ");
			});
	}

	static class Listeners {

		@TcpListener(name = "secure", host = "127.0.0.1", port = "0")
		String secure(String line) {
			return line;
		}

		@TcpListener(name = "lines", host = "127.0.0.1", port = "0")
		String lines(String line) {
			return line;
		}

	}

}
