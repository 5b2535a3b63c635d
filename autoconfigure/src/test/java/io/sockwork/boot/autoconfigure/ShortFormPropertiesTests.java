package io.sockwork.boot.autoconfigure;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.sockwork.boot.annotation.TcpClient;
import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.boot.config.TcpClientSettings;
import io.sockwork.boot.config.TcpClientSettingsCustomizer;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.testsupport.TestCertificates;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.Ordered;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that {@code framing: <type>} and {@code tls: <bundle>} are accepted as short for
 * {@code framing.type} and {@code tls.bundle} on listeners and clients, beside the long
 * forms, and that an invalid short form fails start-up naming the values it takes.
 */
class ShortFormPropertiesTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, SockworkAutoConfiguration.class));

	@TempDir
	private Path certificates;

	@ParameterizedTest
	@ValueSource(strings = { "framing=lines", "framing=LINES", "framing.type=lines" })
	void aListenerTakesItsFramingTypeInTheShortAndTheLongForm(String framing) {
		this.contextRunner.withBean(Brackets.class)
			.withPropertyValues("sockwork.tcp.listeners.brackets." + framing)
			.run((context) -> {
				try (TestClient client = new TestClient(
						context.getBean(SocketRegistry.class).server("brackets").port())) {
					// Raw framing would hand the handler the line break too: "<one\n>".
					assertThat(client.send("one\n").readLine()).isEqualTo("<one>");
				}
			});
	}

	@Test
	void aShortFormFramingIsValidatedLikeTheLongForm() {
		this.contextRunner.withBean(Brackets.class)
			.withPropertyValues("sockwork.tcp.listeners.brackets.framing=length-prefixed",
					"sockwork.tcp.listeners.brackets.framing.length-field-length=3")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Test
	void anInvalidShortFormFramingFailsNamingTheFramingsThatExist() {
		this.contextRunner.withBean(Brackets.class)
			.withPropertyValues("sockwork.tcp.listeners.brackets.framing=bogus")
			.run((context) -> {
				assertThat(context).getFailure()
					.rootCause()
					.hasMessage("'bogus' is no framing; use one of raw, lines, delimiter, length-prefixed, fixed");
				FailureAnalysis analysis = FailureAnalyses.of(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("sockwork.tcp.listeners.brackets.framing")
					.contains("use one of raw, lines, delimiter, length-prefixed, fixed");
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "tls=server", "tls.bundle=server" })
	void aListenerTakesItsSslBundleInTheShortAndTheLongForm(String tls) {
		this.contextRunner.withBean(TlsListenerTests.SecureEcho.class)
			.withPropertyValues(
					TestCertificates.pemBundle("server", this.certificates, TestCertificates.server("short-form")))
			.withPropertyValues("sockwork.tcp.listeners.secure." + tls)
			.run((context) -> {
				int port = context.getBean(SocketRegistry.class).server("secure").port();
				try (TestClient client = TestClient.tls(port, TestCertificates.clientContext(null))) {
					assertThat(client.send("over tls\n").readLine()).isEqualTo("over tls");
				}
			});
	}

	@ParameterizedTest
	@ValueSource(strings = { "tls=server", "tls.bundle=server" })
	void aClientTakesItsSslBundleInTheShortAndTheLongForm(String tls) {
		this.contextRunner.withBean(Feed.class)
			.withBean(BundleRecorder.class)
			.withPropertyValues(
					TestCertificates.pemBundle("server", this.certificates, TestCertificates.server("short-form")))
			.withPropertyValues("sockwork.tcp.clients.feed.host=127.0.0.1", "sockwork.tcp.clients.feed.port=1",
					"sockwork.tcp.clients.feed." + tls)
			.run((context) -> assertThat(context.getBean(BundleRecorder.class).bundles).containsEntry("feed",
					"server"));
	}

	static class Brackets {

		@TcpListener(name = "brackets", host = "127.0.0.1", port = "0")
		String brackets(String frame) {
			return "<" + frame + ">";
		}

	}

	static class Feed {

		@TcpClient(name = "feed")
		void feed(String text) {
		}

	}

	/**
	 * Records the SSL bundle each client's settings end with, after the properties.
	 */
	static class BundleRecorder implements TcpClientSettingsCustomizer, Ordered {

		final Map<String, @Nullable String> bundles = new ConcurrentHashMap<>();

		@Override
		public void customize(TcpClientSettings settings) {
			this.bundles.put(settings.getName(), String.valueOf(settings.getTlsBundle()));
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
