package io.sockwork.boot.autoconfigure;

import java.nio.file.Path;

import io.sockwork.boot.config.ListenerTlsException;
import io.sockwork.testsupport.TestCertificates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that a TLS listener whose SSL bundle cannot be used fails start-up with an
 * analysis naming the listener, the bundle and the reason, as the application's failure
 * analyzers report it.
 */
class TlsListenerStartUpFailureTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, SockworkAutoConfiguration.class))
		.withBean(TlsListenerTests.SecureEcho.class)
		.withPropertyValues("sockwork.tcp.listeners.secure.tls.bundle=server");

	@TempDir
	private Path certificates;

	@Test
	void anUnknownBundleIsReportedWithThePropertiesThatDefineOne() {
		this.contextRunner.withPropertyValues("sockwork.tcp.listeners.secure.tls.bundle=missing").run((context) -> {
			FailureAnalysis analysis = analyze(context);
			assertThat(analysis.getDescription()).startsWith(
					"Sockwork socket 'secure' cannot use SSL bundle 'missing' (sockwork.tcp.listeners.secure.tls.bundle): ")
				.contains("SSL bundle name 'missing' cannot be found");
			assertThat(analysis.getAction()).contains("spring.ssl.bundle.pem.missing.*")
				.contains("sockwork.tcp.listeners.secure.tls.bundle");
		});
	}

	@Test
	void aCertificateThatDoesNotParseIsReported() {
		String[] bundle = TestCertificates.pemBundle("server", this.certificates, TestCertificates.server("server"));
		TestCertificates.write(this.certificates.resolve("cert.pem"),
				"-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n");
		this.contextRunner.withPropertyValues(bundle).run((context) -> {
			FailureAnalysis analysis = analyze(context);
			assertThat(analysis.getDescription()).startsWith(
					"Sockwork socket 'secure' cannot use SSL bundle 'server' (sockwork.tcp.listeners.secure.tls.bundle): ")
				.containsIgnoringCase("certificate");
			assertThat(analysis.getAction()).contains("spring.ssl.bundle.pem.server.*");
		});
	}

	@Test
	void aKeyThatDoesNotMatchTheCertificateIsReported() {
		String[] bundle = TestCertificates.pemBundle("server", this.certificates, TestCertificates.server("server"));
		TestCertificates.write(this.certificates.resolve("key.pem"),
				TestCertificates.server("other").getPrivateKeyPEM());
		this.contextRunner.withPropertyValues(bundle).run((context) -> {
			FailureAnalysis analysis = analyze(context);
			assertThat(analysis.getDescription()).startsWith(
					"Sockwork socket 'secure' cannot use SSL bundle 'server' (sockwork.tcp.listeners.secure.tls.bundle): ")
				.contains("does not match its certificate CN=server");
			assertThat(analysis.getAction()).contains("the key must belong to the certificate");
		});
	}

	@Test
	void aWrongKeyStorePasswordIsReported() {
		Path keyStore = TestCertificates.keyStore(this.certificates.resolve("server.jks"),
				TestCertificates.server("server"), "right-password");
		this.contextRunner
			.withPropertyValues("spring.ssl.bundle.jks.server.keystore.location=" + keyStore.toUri(),
					"spring.ssl.bundle.jks.server.keystore.type=JKS",
					"spring.ssl.bundle.jks.server.keystore.password=wrong-password")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context);
				assertThat(analysis.getDescription()).startsWith(
						"Sockwork socket 'secure' cannot use SSL bundle 'server' (sockwork.tcp.listeners.secure.tls.bundle): ")
					.containsIgnoringCase("password");
				assertThat(analysis.getAction()).contains("spring.ssl.bundle.jks.server.*");
			});
	}

	private static FailureAnalysis analyze(AssertableApplicationContext context) {
		assertThat(context).getFailure().isInstanceOf(ListenerTlsException.class);
		return FailureAnalyses.of(context.getStartupFailure());
	}

}
