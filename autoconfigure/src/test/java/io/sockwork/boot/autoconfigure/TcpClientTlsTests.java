package io.sockwork.boot.autoconfigure;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.netty.pkitesting.X509Bundle;
import io.sockwork.boot.annotation.OnConnectError;
import io.sockwork.boot.annotation.OnHandshake;
import io.sockwork.boot.annotation.OnOpen;
import io.sockwork.boot.annotation.TcpClient;
import io.sockwork.core.EngineOptions;
import io.sockwork.core.SocketEngine;
import io.sockwork.core.TcpHandler;
import io.sockwork.core.TcpListenOptions;
import io.sockwork.core.TcpServer;
import io.sockwork.core.TcpSocket;
import io.sockwork.core.TlsInfo;
import io.sockwork.core.TlsOptions;
import io.sockwork.testsupport.TestCertificates;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for the TLS of {@code @TcpClient}s from SSL bundles: an updated bundle gives the
 * client's next connection what the new bundle trusts (a new TLS context, not the one its
 * earlier connections shared); with {@code tls.verify-peer=false} (Bun's
 * {@code rejectUnauthorized: false}) the client connects to a server its bundle does not
 * trust, and the {@code TlsInfo} of its {@code @OnHandshake} method says it is not
 * authorized and why, while a trusted server is authorized without an error.
 */
class TcpClientTlsTests {

	private static final X509Bundle OTHER_AUTHORITY = TestCertificates.authority("Sockwork Other CA");

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, SockworkAutoConfiguration.class))
		.withBean(Upstream.class);

	/** The server side, outside the application, as a remote service would be. */
	private final SocketEngine server = new SocketEngine(EngineOptions.defaults().withThreads(1));

	@TempDir
	private Path certificates;

	@AfterEach
	void closeServer() {
		this.server.close();
	}

	@Test
	void aClientReconnectsWithTheTrustOfItsUpdatedBundle() {
		TcpServer<Void> upstream = listen(TestCertificates.server("server-one"));
		this.contextRunner.withPropertyValues(properties(upstream, true))
			.withPropertyValues("spring.ssl.bundle.pem.client.reload-on-update=true",
					"spring.ssl.bundle.watch.file.quiet-period=100ms",
					"sockwork.tcp.clients.upstream.reconnect.initial-delay=50ms",
					"sockwork.tcp.clients.upstream.reconnect.max-delay=200ms")
			.run((context) -> {
				Upstream client = context.getBean(Upstream.class);
				await().atMost(Duration.ofSeconds(30)).until(() -> client.servers.size() == 1);
				assertThat(client.servers.get(0)).contains("server-one");
				// The server moves to a certificate of another authority: the client's
				// bundle does not trust it yet.
				upstream.reloadTls(TlsOptions
					.server(TestCertificates.keyManagers(TestCertificates.server(OTHER_AUTHORITY, "server-two"))));
				upstream.sockets().forEach(TcpSocket::close);
				await().atMost(Duration.ofSeconds(30)).until(() -> !client.connectErrors.isEmpty());
				assertThat(client.servers).hasSize(1);
				TestCertificates.writePem(this.certificates, TestCertificates.client(OTHER_AUTHORITY, "client-two"));
				await().atMost(Duration.ofSeconds(30)).until(() -> client.servers.size() == 2);
				assertThat(client.servers.get(1)).contains("server-two");
			});
	}

	@Test
	void withoutVerificationAClientConnectsToAnUntrustedServerAndSeesWhyItIsNotAuthorized() {
		TcpServer<Void> upstream = listen(TestCertificates.server(OTHER_AUTHORITY, "untrusted-server"));
		this.contextRunner.withPropertyValues(properties(upstream, false)).run((context) -> {
			Upstream client = context.getBean(Upstream.class);
			await().until(() -> !client.handshakes.isEmpty());
			assertThat(client.handshakes.get(0)).startsWith("true authorized=false")
				.contains("PKIX path building failed");
		});
	}

	@Test
	void withoutVerificationATrustedServerIsAuthorizedWithoutError() {
		TcpServer<Void> upstream = listen(TestCertificates.server("trusted-server"));
		this.contextRunner.withPropertyValues(properties(upstream, false)).run((context) -> {
			Upstream client = context.getBean(Upstream.class);
			await().until(() -> !client.handshakes.isEmpty());
			assertThat(client.handshakes.get(0)).isEqualTo("true authorized=true null");
		});
	}

	@Test
	void withVerificationAnUntrustedServerFailsTheHandshake() {
		TcpServer<Void> upstream = listen(TestCertificates.server(OTHER_AUTHORITY, "untrusted-server"));
		this.contextRunner.withPropertyValues(properties(upstream, true)).run((context) -> {
			Upstream client = context.getBean(Upstream.class);
			await().until(() -> !client.handshakes.isEmpty());
			assertThat(client.handshakes.get(0)).isEqualTo("false no tls");
		});
	}

	/**
	 * A client bundle trusting the test authority, and the client's properties; the
	 * reconnect delay is long unless a test sets it.
	 */
	private String[] properties(TcpServer<Void> upstream, boolean verifyPeer) {
		List<String> properties = new ArrayList<>(List.of(TestCertificates.pemBundle("client", this.certificates,
				TestCertificates.client(TestCertificates.AUTHORITY, "client-one"))));
		properties.addAll(List.of("sockwork.tcp.clients.upstream.host=127.0.0.1",
				"sockwork.tcp.clients.upstream.port=" + upstream.port(),
				"sockwork.tcp.clients.upstream.tls.bundle=client",
				"sockwork.tcp.clients.upstream.tls.verify-peer=" + verifyPeer,
				"sockwork.tcp.clients.upstream.reconnect.initial-delay=1m",
				"sockwork.tcp.clients.upstream.reconnect.max-delay=1m"));
		return properties.toArray(String[]::new);
	}

	private TcpServer<Void> listen(X509Bundle certificate) {
		return this.server.listen(TcpListenOptions.port(0)
			.withHost("127.0.0.1")
			.withTls(TlsOptions.server(TestCertificates.keyManagers(certificate))), new TcpHandler<Void>() {
			});
	}

	/**
	 * A TLS client that records its handshakes (success, authorization and its error),
	 * the server certificate of each connection, and its failed attempts.
	 */
	static class Upstream {

		final List<String> handshakes = new CopyOnWriteArrayList<>();

		final List<String> servers = new CopyOnWriteArrayList<>();

		final List<Throwable> connectErrors = new CopyOnWriteArrayList<>();

		@TcpClient(name = "upstream")
		void data(String line) {
		}

		@OnHandshake
		void handshake(boolean success, @Nullable TlsInfo tls) {
			this.handshakes.add(success + " "
					+ ((tls != null) ? "authorized=" + tls.authorized() + " " + tls.authorizationError() : "no tls"));
		}

		@OnOpen
		void open(TlsInfo tls) {
			this.servers.add(((X509Certificate) tls.peerCertificates().get(0)).getSubjectX500Principal().getName());
		}

		@OnConnectError
		void connectError(Throwable error) {
			this.connectErrors.add(error);
		}

	}

}
