package io.sockwork.boot.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.sockwork.boot.annotation.OnConnectError;
import io.sockwork.boot.annotation.OnHandshake;
import io.sockwork.boot.annotation.TcpClient;
import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.core.TcpServer;
import io.sockwork.core.TcpSocket;
import io.sockwork.testsupport.TestCertificates;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for {@code tls.handshake-timeout} of listeners and clients: a peer that opens a
 * TLS connection and does not finish its handshake is closed after the configured time
 * (not Netty's 10 s), its failed handshake is counted and handed to the handlers, and it
 * frees its {@code max-connections} slot. The slot is checked with a plain connection: a
 * full handshake of a cold JVM on a loaded machine may itself take longer than 500 ms.
 */
class TlsHandshakeTimeoutTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, SockworkAutoConfiguration.class));

	@TempDir
	private Path certificates;

	@Test
	void aListenerClosesSilentAndTruncatedHandshakesAfterItsTimeoutAndFreesTheirSlot() {
		this.contextRunner.withBean(SecureEcho.class)
			.withPropertyValues(
					TestCertificates.pemBundle("server", this.certificates, TestCertificates.server("server-one")))
			.withPropertyValues("sockwork.tcp.listeners.secure.tls.bundle=server",
					"sockwork.tcp.listeners.secure.tls.handshake-timeout=500ms",
					"sockwork.tcp.listeners.secure.max-connections=1")
			.run((context) -> {
				TcpServer<?> server = context.getBean(SocketRegistry.class).server("secure");
				SecureEcho echo = context.getBean(SecureEcho.class);
				assertClosedByServer(server.port(), new byte[0]);
				// The first 3 bytes of a ClientHello record: content type and version.
				assertClosedByServer(server.port(), new byte[] { 0x16, 0x03, 0x01 });
				await().untilAsserted(() -> assertThat(echo.failures).hasSize(2)
					.allSatisfy((failure) -> assertThat(failure).contains("SslHandshakeTimeoutException")
						.contains("500ms")));
				assertThat(server.stats().handshakes(false)).isEqualTo(2);
				await().until(() -> server.connectionCount() == 0);
				// The slot is free: the next connection is accepted, not rejected.
				try (Socket next = new Socket()) {
					next.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
					await().until(() -> server.connectionCount() == 1);
					assertThat(server.stats().rejected()).isZero();
				}
			});
	}

	@Test
	void aClientGivesUpOnAServerThatNeverAnswersItsHandshakeAfterItsTimeout() throws IOException {
		try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			// Never accepted: the kernel completes the connection, nobody answers.
			this.contextRunner.withBean(SilentUpstream.class)
				.withPropertyValues(
						TestCertificates.pemBundle("client", this.certificates, TestCertificates.client("client")))
				.withPropertyValues("sockwork.tcp.clients.upstream.host=127.0.0.1",
						"sockwork.tcp.clients.upstream.port=" + silent.getLocalPort(),
						"sockwork.tcp.clients.upstream.tls.bundle=client",
						"sockwork.tcp.clients.upstream.tls.handshake-timeout=500ms",
						"sockwork.tcp.clients.upstream.reconnect.initial-delay=1m",
						"sockwork.tcp.clients.upstream.reconnect.max-delay=1m")
				.run((context) -> {
					SilentUpstream upstream = context.getBean(SilentUpstream.class);
					await().atMost(Duration.ofSeconds(30)).until(() -> !upstream.connectErrors.isEmpty());
					assertThat(upstream.connectErrors.get(0)).contains("SslHandshakeTimeoutException")
						.contains("500ms");
				});
		}
	}

	@Test
	void aHandshakeTimeoutThatIsNotPositiveFailsStartUpNamingTheProperty() {
		this.contextRunner.withBean(SecureEcho.class)
			.withPropertyValues("sockwork.tcp.listeners.secure.tls.handshake-timeout=0s")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("tls.handshakeTimeout"));
	}

	/**
	 * Connects, sends {@code bytes}, and waits until the server closes the connection.
	 */
	private static void assertClosedByServer(int port, byte[] bytes) throws IOException {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
			socket.setSoTimeout(30_000);
			socket.getOutputStream().write(bytes);
			socket.getOutputStream().flush();
			InputStream in = socket.getInputStream();
			await().atMost(Duration.ofSeconds(30)).until(() -> readsEnd(in));
		}
	}

	private static boolean readsEnd(InputStream in) {
		try {
			return in.read() == -1;
		}
		catch (IOException ex) {
			// A reset is a close too.
			return true;
		}
	}

	private static String describe(Throwable error) {
		StringBuilder text = new StringBuilder();
		for (Throwable current = error; current != null; current = current.getCause()) {
			text.append(current.getClass().getName()).append(": ").append(current.getMessage()).append('\n');
		}
		return text.toString();
	}

	/**
	 * A TLS line echo that records its failed handshakes.
	 */
	static class SecureEcho {

		final List<String> failures = new CopyOnWriteArrayList<>();

		@TcpListener(name = "secure", host = "127.0.0.1", port = "0")
		String echo(String line) {
			return line;
		}

		@OnHandshake
		void handshake(TcpSocket<Object> socket, boolean success, @Nullable Throwable error) {
			if (error != null) {
				this.failures.add(describe(error));
			}
		}

	}

	/**
	 * A TLS client of a server that never answers.
	 */
	static class SilentUpstream {

		final List<String> connectErrors = new CopyOnWriteArrayList<>();

		@TcpClient(name = "upstream")
		void data(String line) {
		}

		@OnConnectError
		void connectError(Throwable error) {
			this.connectErrors.add(describe(error));
		}

	}

}
