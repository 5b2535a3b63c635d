package io.sockwork.sample;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.StandardSocketOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.sockwork.test.TcpTestClient;
import io.sockwork.test.UdpTestClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.pem.PemSslStoreBundle;
import org.springframework.boot.ssl.pem.PemSslStoreDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs the packaged sample app, which {@code spring-boot:process-aot} built with its
 * AOT-generated context, in its own JVM: with {@code -Dspring.aot.enabled=true} its five
 * sockets answer (TCP echo, chat, TLS echo, UDP echo, multicast telemetry) and
 * {@code --sample.bind-address} still opens it up (placeholders are resolved at run
 * time); without the flag the same jar runs as before. Run by the build after
 * {@code package}, on the jar (tag {@code packaged-jar}).
 */
@Tag("packaged-jar")
class AotSampleAppTests {

	private static final List<String> AOT = List.of("-Dspring.aot.enabled=true");

	private static final Path JAR = SampleAppProcess.packagedJar();

	@Test
	void everySocketAnswersInAotMode(@TempDir Path dir) throws Exception {
		try (SampleAppProcess app = startInAotMode(dir, "--logging.level.io.sockwork.sample.TelemetryCounter=debug")) {
			assertEchoes(app, "hello aot");
			try (TcpTestClient secure = TcpTestClient.connect("127.0.0.1", app.listenerPort("secure-echo"),
					trustingTheDemoCertificate())) {
				secure.sendLine("hello over tls");
				assertThat(secure.awaitLine()).isEqualTo("hello over tls");
			}
			try (TcpTestClient alice = TcpTestClient.connect("127.0.0.1", app.listenerPort("chat"));
					TcpTestClient bob = TcpTestClient.connect("127.0.0.1", app.listenerPort("chat"))) {
				assertThat(alice.awaitLine()).isEqualTo("Welcome! Send your nickname.");
				assertThat(bob.awaitLine()).isEqualTo("Welcome! Send your nickname.");
				alice.sendLine("alice");
				assertThat(alice.awaitLine()).isEqualTo("Hello alice, 1 member(s) here.");
				bob.sendLine("bob");
				assertThat(bob.awaitLine()).isEqualTo("Hello bob, 2 member(s) here.");
				assertThat(alice.awaitLine()).isEqualTo("* bob joined");
				bob.sendLine("hi");
				assertThat(alice.awaitLine()).isEqualTo("bob: hi");
			}
			try (UdpTestClient udp = UdpTestClient.open()) {
				udp.send(app.udpPort("udp-echo"), "ping".getBytes(StandardCharsets.UTF_8));
				assertThat(udp.awaitText()).isEqualTo("ping");
			}
			sendToTheTelemetryGroup(app.udpPort("telemetry"));
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(app.log()).contains("Telemetry datagram 1 received, 8 bytes"));
		}
	}

	@Test
	void theBindAddressFlagStillOpensTheSampleUpInAotMode(@TempDir Path dir) throws Exception {
		try (SampleAppProcess app = startInAotMode(dir, "--sample.bind-address=0.0.0.0")) {
			assertThat(InetAddress.getByName(app.listenerHost("echo")).isAnyLocalAddress()).isTrue();
			assertEchoes(app, "open");
		}
	}

	@Test
	void theSameJarRunsWithoutAot(@TempDir Path dir) throws Exception {
		try (SampleAppProcess app = SampleAppProcess.fromJar(JAR, dir.resolve("app.log"))) {
			app.awaitStarted();
			assertThat(app.log()).contains("Starting SampleApplication").doesNotContain("AOT-processed");
			assertThat(app.listenerHost("echo")).isEqualTo("127.0.0.1");
			assertEchoes(app, "plain");
		}
	}

	/**
	 * Starts the packaged jar with AOT on, once it reports the AOT-processed start.
	 */
	private static SampleAppProcess startInAotMode(Path dir, String argument) throws Exception {
		SampleAppProcess app = SampleAppProcess.fromJar(JAR, dir.resolve("app.log"), AOT, argument);
		try {
			app.awaitStarted();
			assertThat(app.log()).contains("Starting AOT-processed SampleApplication");
			return app;
		}
		catch (Exception | AssertionError ex) {
			app.close();
			throw ex;
		}
	}

	private static void assertEchoes(SampleAppProcess app, String line) throws Exception {
		try (TcpTestClient echo = TcpTestClient.connect("127.0.0.1", app.listenerPort("echo"))) {
			echo.sendLine(line);
			assertThat(echo.awaitLine()).isEqualTo(line);
		}
	}

	private static SslBundle trustingTheDemoCertificate() {
		return SslBundle
			.of(new PemSslStoreBundle(null, PemSslStoreDetails.forCertificate("classpath:demo-tls/demo-cert.pem")));
	}

	private static void sendToTheTelemetryGroup(int port) throws IOException {
		InetAddress loopback = InetAddress.getByName("127.0.0.1");
		try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(loopback, 0))) {
			socket.setOption(StandardSocketOptions.IP_MULTICAST_IF, NetworkInterface.getByInetAddress(loopback));
			byte[] bytes = "cpu=0.42".getBytes(StandardCharsets.UTF_8);
			socket.send(new DatagramPacket(bytes, bytes.length, new InetSocketAddress("239.1.2.3", port)));
		}
	}

}
