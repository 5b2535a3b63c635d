package io.sockwork.test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.SSLSocket;

import io.sockwork.boot.annotation.OnOpen;
import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.boot.annotation.UdpSocket;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.core.TcpSocket;
import io.sockwork.testsupport.TestCertificates;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A {@code @SpringBootTest} of an application with plaintext, TLS and UDP sockets on port
 * 0, tested as a user tests their handlers: {@link LocalSocketPort} injects the bound
 * ports, and the test clients connect by name, send and await lines, frames, datagrams
 * and the end of the stream, and fail with a message naming what was missing.
 */
@SpringBootTest(properties = "spring.main.web-application-type=none")
class TestClientsTests {

	@LocalSocketPort("echo")
	private int echoPort;

	@LocalSocketPort("udp-echo")
	private int udpEchoPort;

	@Autowired
	private Environment environment;

	@Autowired
	private SocketRegistry registry;

	@Autowired
	private SslBundles sslBundles;

	@DynamicPropertySource
	static void tls(DynamicPropertyRegistry registry) throws Exception {
		Path directory = Files.createTempDirectory("sockwork-test-tls");
		for (String property : TestCertificates.pemBundle("server", directory, TestCertificates.server("localhost"))) {
			String[] keyValue = property.split("=", 2);
			registry.add(keyValue[0], () -> keyValue[1]);
		}
	}

	@Test
	void localSocketPortInjectsThePortsTheListenerAndTheUdpSocketBound() {
		assertThat(this.echoPort).isPositive().isEqualTo(this.registry.server("echo").port());
		assertThat(this.udpEchoPort).isPositive().isEqualTo(this.registry.udpSocket("udp-echo").port());
	}

	@Test
	void aClientConnectedByListenerNameSendsLinesAndAwaitsThem() {
		try (TcpTestClient client = TcpTestClient.connect(this.environment, "echo")) {
			client.sendLine("hello").send("wor").send("ld\r\n");
			assertThat(client.awaitLine()).isEqualTo("hello");
			assertThat(client.awaitLine()).isEqualTo("world");
		}
	}

	@Test
	void framesAndBytesRoundTrip() {
		try (TcpTestClient client = TcpTestClient.connect("127.0.0.1", this.echoPort)) {
			client.sendFrame("a frame".getBytes(StandardCharsets.UTF_8)).send(new byte[] { 1, 2, 3 });
			assertThat(new String(client.awaitFrame(), StandardCharsets.UTF_8)).isEqualTo("a frame");
			assertThat(client.awaitBytes(3)).containsExactly(1, 2, 3);
		}
	}

	@Test
	void aClientOverTlsFromABundleTalksToATlsListener() {
		try (TcpTestClient client = TcpTestClient.connect(this.environment, "secure-echo",
				this.sslBundles.getBundle("server"))) {
			client.sendLine("secret");
			assertThat(client.awaitLine()).isEqualTo("secret");
			assertThat(((SSLSocket) client.socket()).getSession().getProtocol()).startsWith("TLSv1.");
		}
	}

	@Test
	void awaitClosedReturnsOnceTheServerEndedAndKeepsWhatCameBefore() {
		try (TcpTestClient client = TcpTestClient.connect(this.environment, "bye")) {
			client.awaitClosed();
			assertThat(client.awaitLine()).isEqualTo("bye");
		}
	}

	@Test
	void anAwaitThatTimesOutFailsNamingWhatWasExpectedAndWhatArrived() {
		try (TcpTestClient client = TcpTestClient.connect(this.environment, "echo")) {
			client.send("abc");
			assertThat(client.awaitBytes(2)).containsExactly('a', 'b');
			client.timeout(Duration.ofMillis(200));
			assertThatThrownBy(client::awaitLine).isInstanceOf(AssertionError.class)
				.hasMessageContaining("Expected a line from 127.0.0.1:" + this.echoPort + " within 200ms")
				.hasMessageContaining("received 3 bytes in all, 1 not yet taken");
		}
	}

	@Test
	void aUdpClientSendsToASocketByNameAndAwaitsTheReply() {
		try (UdpTestClient client = UdpTestClient.open()) {
			client.send(this.environment, "udp-echo", "ping");
			assertThat(client.awaitText()).isEqualTo("ping");
			client.send(this.udpEchoPort, new byte[] { 7 });
			assertThat(client.awaitDatagram()).containsExactly(7);
		}
	}

	@Test
	void aNameThatIsNotBoundFailsNamingTheProperty() {
		assertThatIllegalStateException().isThrownBy(() -> TcpTestClient.connect(this.environment, "ecoh"))
			.withMessageContaining("No listener named 'ecoh' is bound: local.sockwork.tcp.ecoh.port is not set");
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	static class Application {

		@Bean
		Handlers handlers() {
			return new Handlers();
		}

		@Bean
		Bye bye() {
			return new Bye();
		}

	}

	static class Handlers {

		@TcpListener(name = "echo", host = "127.0.0.1", port = "0")
		byte[] echo(byte[] data) {
			return data;
		}

		@TcpListener(name = "secure-echo", host = "127.0.0.1", port = "0", tls = "server")
		byte[] secureEcho(byte[] data) {
			return data;
		}

		@UdpSocket(name = "udp-echo", host = "127.0.0.1", port = "0")
		byte[] udpEcho(byte[] datagram) {
			return datagram;
		}

	}

	static class Bye {

		@TcpListener(name = "bye", host = "127.0.0.1", port = "0")
		void data(byte[] data) {
		}

		@OnOpen
		void open(TcpSocket<?> socket) {
			socket.end("bye\n".getBytes(StandardCharsets.US_ASCII));
		}

	}

}
