package io.sockwork.boot.autoconfigure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.boot.config.ListenerTlsException;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.testsupport.TestCertificates;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@code tls.sni}: one listener gives each client the certificate of the SSL
 * bundle for the server name it asks for (a name, or a wildcard), the listener's own
 * bundle otherwise; an updated SNI bundle reaches new connections while open ones keep
 * theirs; a ClientHello that does not come within the handshake timeout is a failed
 * handshake; an unknown SNI bundle or a malformed wildcard fails start-up naming it.
 */
class TlsSniTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, SockworkAutoConfiguration.class))
		.withBean(Echo.class);

	@TempDir
	private Path certificates;

	@Test
	void eachClientGetsTheCertificateOfTheServerNameItAsksFor() {
		this.contextRunner.withPropertyValues(bundles()).run((context) -> {
			int port = port(context);
			assertThat(peerSubject(port, "a.example")).contains("server-a");
			assertThat(peerSubject(port, "x.b.example")).contains("server-b");
			assertThat(peerSubject(port, "other.example")).contains("server-default");
			assertThat(peerSubject(port, null)).contains("server-default");
		});
	}

	@Test
	void anUpdatedSniBundleReachesNewConnectionsWhileOpenOnesKeepTheirCertificate() {
		this.contextRunner.withPropertyValues(bundles())
			.withPropertyValues("spring.ssl.bundle.pem.bundle-a.reload-on-update=true",
					"spring.ssl.bundle.watch.file.quiet-period=100ms")
			.run((context) -> {
				int port = port(context);
				try (SSLSocket open = connect(port, "a.example")) {
					assertThat(subject(open)).contains("server-a");
					TestCertificates.writePem(this.certificates.resolve("bundle-a"),
							TestCertificates.server("server-a-rotated"));
					await().atMost(Duration.ofSeconds(30))
						.untilAsserted(() -> assertThat(peerSubject(port, "a.example")).contains("server-a-rotated"));
					assertThat(echo(open, "kept")).isEqualTo("kept");
					assertThat(subject(open)).doesNotContain("rotated");
					assertThat(peerSubject(port, "x.b.example")).contains("server-b");
					assertThat(peerSubject(port, "other.example")).contains("server-default");
				}
			});
	}

	@Test
	void aClientHelloThatDoesNotArriveInTimeIsAFailedHandshake() {
		this.contextRunner.withPropertyValues(bundles())
			.withPropertyValues("sockwork.tcp.listeners.secure.tls.handshake-timeout=500ms")
			.run((context) -> {
				try (TestClient silent = new TestClient(port(context))) {
					assertThat(silent.isClosedByPeerAfter(new byte[0])).isTrue();
				}
				await().untilAsserted(() -> assertThat(
						context.getBean(SocketRegistry.class).server("secure").stats().handshakes(false))
					.isEqualTo(1));
				assertThat(peerSubject(port(context), "a.example")).contains("server-a");
			});
	}

	@Test
	void anSniEntryNamingAnUnknownBundleFailsStartUpNamingThePropertyAndTheBundle() {
		this.contextRunner.withPropertyValues(bundles())
			.withPropertyValues("sockwork.tcp.listeners.secure.tls.sni[c.example]=missing")
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(ListenerTlsException.class)
				.hasMessageContaining("'missing'")
				.hasMessageContaining("sockwork.tcp.listeners.secure.tls.sni[c.example]"));
	}

	@Test
	void aServerNameThatIsNoWildcardFailsStartUpNamingIt() {
		this.contextRunner.withPropertyValues(bundles())
			.withPropertyValues("sockwork.tcp.listeners.secure.tls.sni[a.*.example]=bundle-a")
			.run((context) -> assertThat(context).getFailure()
				.hasMessageContaining("Listener 'secure'")
				.hasMessageContaining("SNI server name 'a.*.example'"));
	}

	/**
	 * Three bundles, each from its own folder, and the listener's SNI properties.
	 */
	private String[] bundles() {
		List<String> properties = new ArrayList<>();
		properties.addAll(List.of(bundle("bundle-default", "server-default")));
		properties.addAll(List.of(bundle("bundle-a", "server-a")));
		properties.addAll(List.of(bundle("bundle-b", "server-b")));
		properties.add("sockwork.tcp.listeners.secure.tls.bundle=bundle-default");
		properties.add("sockwork.tcp.listeners.secure.tls.sni[a.example]=bundle-a");
		properties.add("sockwork.tcp.listeners.secure.tls.sni[*.b.example]=bundle-b");
		return properties.toArray(String[]::new);
	}

	private String[] bundle(String name, String commonName) {
		Path directory = this.certificates.resolve(name);
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return TestCertificates.pemBundle(name, directory, TestCertificates.server(commonName));
	}

	private static int port(ApplicationContext context) {
		return context.getBean(SocketRegistry.class).server("secure").port();
	}

	private static String peerSubject(int port, @Nullable String serverName) throws IOException {
		try (SSLSocket socket = connect(port, serverName)) {
			return subject(socket);
		}
	}

	/**
	 * A TLS connection that asks for {@code serverName}, or for no name.
	 */
	private static SSLSocket connect(int port, @Nullable String serverName) throws IOException {
		SSLSocket socket = (SSLSocket) TestCertificates.clientContext(null)
			.getSocketFactory()
			.createSocket("127.0.0.1", port);
		socket.setSoTimeout(10_000);
		SSLParameters parameters = socket.getSSLParameters();
		parameters.setServerNames((serverName != null) ? List.of(new SNIHostName(serverName)) : List.of());
		socket.setSSLParameters(parameters);
		socket.startHandshake();
		return socket;
	}

	private static String subject(SSLSocket socket) throws IOException {
		return ((X509Certificate) socket.getSession().getPeerCertificates()[0]).getSubjectX500Principal().getName();
	}

	private static String echo(SSLSocket socket, String line) throws IOException {
		socket.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
		socket.getOutputStream().flush();
		return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
	}

	/**
	 * A TLS line echo.
	 */
	static class Echo {

		@TcpListener(name = "secure", host = "127.0.0.1", port = "0")
		String echo(String line) {
			return line;
		}

	}

}
