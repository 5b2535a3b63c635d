package io.sockwork.boot.autoconfigure;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.net.ssl.KeyManagerFactory;

import io.netty.pkitesting.X509Bundle;
import io.sockwork.boot.annotation.OnConnectError;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests that a {@code @TcpClient}'s SSL bundle rotates like a listener's: once the
 * bundle's files change, the client's next connection trusts what the updated bundle
 * trusts (a new TLS context, not the one its earlier connections shared).
 */
class TcpClientTlsRotationTests {

	private static final X509Bundle SECOND_AUTHORITY = TestCertificates.authority("Sockwork Second CA");

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, SockworkAutoConfiguration.class));

	/** The server side, outside the application, as a remote service would be. */
	private final SocketEngine server = new SocketEngine(EngineOptions.defaults().withThreads(1));

	@TempDir
	private Path certificates;

	@AfterEach
	void closeServer() {
		this.server.close();
	}

	@Test
	void aClientReconnectsWithTheTrustOfItsUpdatedBundle() throws Exception {
		TcpServer<Void> upstream = this.server.listen(
				TcpListenOptions.port(0)
					.withHost("127.0.0.1")
					.withTls(TlsOptions.server(keyManagers(TestCertificates.server("server-one")))),
				new TcpHandler<Void>() {
				});
		this.contextRunner.withBean(Upstream.class)
			.withPropertyValues(TestCertificates.pemBundle("client", this.certificates,
					TestCertificates.client(TestCertificates.AUTHORITY, "client-one")))
			.withPropertyValues("spring.ssl.bundle.pem.client.reload-on-update=true",
					"spring.ssl.bundle.watch.file.quiet-period=100ms", "sockwork.tcp.clients.upstream.host=127.0.0.1",
					"sockwork.tcp.clients.upstream.port=" + upstream.port(),
					"sockwork.tcp.clients.upstream.tls.bundle=client",
					"sockwork.tcp.clients.upstream.reconnect.initial-delay=50ms",
					"sockwork.tcp.clients.upstream.reconnect.max-delay=200ms")
			.run((context) -> {
				Upstream client = context.getBean(Upstream.class);
				await().atMost(Duration.ofSeconds(30)).until(() -> client.servers.size() == 1);
				assertThat(client.servers.get(0)).contains("server-one");
				// The server moves to a certificate of another authority: the client's
				// bundle does not trust it yet.
				upstream
					.reloadTls(TlsOptions.server(keyManagers(TestCertificates.server(SECOND_AUTHORITY, "server-two"))));
				upstream.sockets().forEach(TcpSocket::close);
				await().atMost(Duration.ofSeconds(30)).until(() -> !client.connectErrors.isEmpty());
				assertThat(client.servers).hasSize(1);
				TestCertificates.writePem(this.certificates, TestCertificates.client(SECOND_AUTHORITY, "client-two"));
				await().atMost(Duration.ofSeconds(30)).until(() -> client.servers.size() == 2);
				assertThat(client.servers.get(1)).contains("server-two");
			});
	}

	private static KeyManagerFactory keyManagers(X509Bundle bundle) {
		try {
			return bundle.toKeyManagerFactory();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A TLS client that records the server certificate of each connection and its failed
	 * attempts.
	 */
	static class Upstream {

		final List<String> servers = new CopyOnWriteArrayList<>();

		final List<Throwable> connectErrors = new CopyOnWriteArrayList<>();

		@TcpClient(name = "upstream")
		void data(String line) {
		}

		@OnOpen
		void open(TcpSocket<Object> socket) {
			TlsInfo tls = socket.tls();
			this.servers.add(((X509Certificate) tls.peerCertificates().get(0)).getSubjectX500Principal().getName());
		}

		@OnConnectError
		void connectError(Throwable error) {
			this.connectErrors.add(error);
		}

	}

}
