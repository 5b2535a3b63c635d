package io.sockwork.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import io.netty.channel.epoll.Epoll;
import io.netty.channel.uring.IoUring;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.core.SocketEngine;
import io.sockwork.core.Transport;
import io.sockwork.test.LocalSocketPort;
import io.sockwork.test.TcpTestClient;
import io.sockwork.test.UdpTestClient;
import io.sockwork.testsupport.PayloadForms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Talks to the sample's {@code echo}, {@code chat} and {@code secure-echo} listeners and
 * its {@code udp-echo} and {@code telemetry} UDP sockets over real sockets, on ephemeral
 * ports found in the {@link SocketRegistry}, with the test clients of
 * {@code sockwork-test}, and on the native transport the sample ships where the kernel
 * allows it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sockwork.tcp.listeners.echo.port=0", "sockwork.tcp.listeners.echo.host=127.0.0.1",
				"sockwork.tcp.listeners.echo.write-buffer.high-water-mark=8KB",
				"sockwork.tcp.listeners.echo.write-buffer.low-water-mark=4KB", "sockwork.tcp.listeners.chat.port=0",
				"sockwork.tcp.listeners.chat.host=127.0.0.1", "sockwork.tcp.listeners.secure-echo.port=0",
				"sockwork.tcp.listeners.secure-echo.host=127.0.0.1", "sockwork.udp.sockets.udp-echo.port=0",
				"sockwork.udp.sockets.udp-echo.host=127.0.0.1", "sockwork.udp.sockets.telemetry.port=0",
				"logging.level.io.sockwork=debug" })
@ExtendWith(OutputCaptureExtension.class)
class SampleApplicationTests {

	@Autowired
	private SocketRegistry registry;

	@Autowired
	private SocketEngine engine;

	@Autowired
	private TelemetryCounter telemetry;

	@Autowired
	private Environment environment;

	@LocalSocketPort("echo")
	private int echoPort;

	@Value("${local.server.port}")
	private int httpPort;

	@Test
	void theEngineRunsOnTheNativeTransportTheSampleShipsWhenTheKernelAllowsIt() {
		// The sample ships epoll and io_uring; auto takes epoll first. Every other
		// test of this class then talks to the sample over that transport.
		assumeTrue(Epoll.isAvailable() || IoUring.isAvailable(), () -> "this kernel refuses both: epoll "
				+ Epoll.unavailabilityCause() + ", io_uring " + IoUring.unavailabilityCause());
		assertThat(this.engine.transport()).isEqualTo(Epoll.isAvailable() ? Transport.EPOLL : Transport.IO_URING);
	}

	@Test
	void listenersAreNamedEchoChatAndSecureEchoAndUdpSocketsUdpEchoAndTelemetry() {
		assertThat(this.registry.servers()).containsOnlyKeys("echo", "chat", "secure-echo");
		assertThat(this.echoPort).isPositive().isEqualTo(this.registry.server("echo").port());
		assertThat(this.registry.udpSockets()).containsOnlyKeys("udp-echo", "telemetry");
	}

	@Test
	void secureEchoAnswersOverTlsWithTheDemoCertificate() throws Exception {
		try (Socket plain = connect("secure-echo");
				SSLSocket socket = (SSLSocket) trustingTheDemoCertificate().getSocketFactory()
					.createSocket(plain, "127.0.0.1", plain.getPort(), true)) {
			SSLParameters parameters = socket.getSSLParameters();
			parameters.setEndpointIdentificationAlgorithm("HTTPS");
			socket.setSSLParameters(parameters);
			send(socket, "hello over tls\n");
			assertThat(reader(socket).readLine()).isEqualTo("hello over tls");
			assertThat(socket.getSession().getProtocol()).isEqualTo("TLSv1.3");
		}
	}

	@Test
	void udpEchoSendsEveryDatagramBackToItsSender() {
		try (UdpTestClient client = UdpTestClient.open()) {
			for (String text : new String[] { "hi", "there" }) {
				client.send(this.environment, "udp-echo", text);
				assertThat(client.awaitText()).isEqualTo(text);
			}
		}
	}

	@Test
	void telemetryCountsADatagramSentToItsMulticastGroupOnLoopback() throws Exception {
		long before = this.telemetry.count();
		try (DatagramSocket sender = loopbackDatagramSocket()) {
			send(sender, "cpu=0.42", "239.1.2.3", this.registry.udpSocket("telemetry").port());
		}
		await().untilAsserted(() -> assertThat(this.telemetry.count()).isEqualTo(before + 1));
	}

	@Test
	void echoReturnsEveryByteEvenWhenTheClientReadsSlowerThanItWrites() throws Exception {
		byte[] sent = new byte[2 * 1024 * 1024];
		new Random(42).nextBytes(sent);
		try (Socket socket = connect("echo")) {
			OutputStream out = socket.getOutputStream();
			CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
				try {
					out.write(sent);
					out.flush();
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			});
			byte[] received = socket.getInputStream().readNBytes(sent.length);
			writing.join();
			assertThat(received.length).isEqualTo(sent.length);
			assertThat(Arrays.equals(received, sent)).isTrue();
		}
	}

	@Test
	void chatBroadcastsLinesWithTheSendersNicknameAndJoinsSplitLines() {
		try (TcpTestClient alice = TcpTestClient.connect(this.environment, "chat");
				TcpTestClient bob = TcpTestClient.connect(this.environment, "chat")) {
			assertThat(alice.awaitLine()).startsWith("Welcome");
			assertThat(bob.awaitLine()).startsWith("Welcome");
			alice.sendLine("alice");
			assertThat(alice.awaitLine()).startsWith("Hello alice");
			bob.sendLine("bob");
			assertThat(bob.awaitLine()).isEqualTo("Hello bob, 2 member(s) here.");
			assertThat(alice.awaitLine()).isEqualTo("* bob joined");
			alice.send("hel").send("lo bo").send("b\n");
			assertThat(bob.awaitLine()).isEqualTo("alice: hello bob");
			bob.send("/nick robert\nhi ").send("all\n");
			assertThat(alice.awaitLine()).isEqualTo("* bob is now robert");
			assertThat(alice.awaitLine()).isEqualTo("robert: hi all");
		}
	}

	@Test
	void actuatorReportsHealthOverHttp() throws Exception {
		HttpResponse<String> response = get("/actuator/health");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"")
			.contains("\"sockets\"")
			.contains("\"echo\":{\"state\":\"listening\"")
			.contains("\"chat\":{\"state\":\"listening\"");
	}

	@Test
	void socketsEndpointListsEchoAndChatOverHttp() throws Exception {
		HttpResponse<String> all = get("/actuator/sockets");
		assertThat(all.statusCode()).isEqualTo(200);
		assertThat(all.body()).contains("\"name\":\"echo\"", "\"name\":\"chat\"", "\"transport\":\"tcp\"",
				"\"state\":\"listening\"", "\"address\":\"127.0.0.1:" + this.registry.server("echo").port() + "\"",
				"\"tls\":false", "\"writesBackpressured\":", "\"drains\":");
		HttpResponse<String> echo = get("/actuator/sockets/echo");
		assertThat(echo.statusCode()).isEqualTo(200);
		assertThat(echo.body()).contains("\"name\":\"echo\"").doesNotContain("\"name\":\"chat\"");
		assertThat(get("/actuator/sockets/nope").statusCode()).isEqualTo(404);
	}

	@Test
	void payloadsAndKeysAppearNeitherInTheLogsNorInTheActuator(CapturedOutput output) throws Exception {
		String secret = "TOP-SECRET-7f3a9c";
		try (Socket echo = connect("echo");
				Socket chat = connect("chat");
				Socket plaintextOnTls = connect("secure-echo");
				DatagramSocket udp = new DatagramSocket(0, InetAddress.getByName("127.0.0.1"))) {
			send(echo, secret);
			assertThat(echo.getInputStream().readNBytes(secret.length())).asString(StandardCharsets.UTF_8)
				.isEqualTo(secret);
			send(chat, "agent\n" + secret + "\n");
			send(plaintextOnTls, secret + "\r\n");
			assertThat(plaintextOnTls.getInputStream().readAllBytes()).asString(StandardCharsets.ISO_8859_1)
				.doesNotContain(secret);
			udp.setSoTimeout(5000);
			send(udp, secret, "127.0.0.1", this.registry.udpSocket("udp-echo").port());
			udp.receive(new DatagramPacket(new byte[256], 256));
		}
		String[] leaks = PayloadForms.of(secret).toArray(String[]::new);
		String actuator = get("/actuator/sockets").body() + get("/actuator/health").body();
		assertThat(actuator).doesNotContain(leaks).doesNotContain("PRIVATE KEY").doesNotContain("demo-key");
		await().untilAsserted(() -> assertThat(output).contains("not an SSL/TLS record"));
		assertThat(output).contains("Listener 'echo' bound").doesNotContain(leaks).doesNotContain("PRIVATE KEY");
	}

	@Test
	void prometheusShowsTheSockworkMetersOfEveryListener() throws Exception {
		try (Socket socket = connect("echo")) {
			send(socket, "ping");
			assertThat(socket.getInputStream().readNBytes(4)).asString(StandardCharsets.UTF_8).isEqualTo("ping");
		}
		HttpResponse<String> response = get("/actuator/prometheus");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("sockwork_connections_active{name=\"echo\",transport=\"tcp\"}",
				"sockwork_connections_active{name=\"chat\",transport=\"tcp\"}",
				"sockwork_bytes_received_bytes_total{name=\"echo\",transport=\"tcp\"}",
				"sockwork_writes_backpressured_total{name=\"echo\",transport=\"tcp\"}",
				"sockwork_drain_wait_seconds_count{name=\"echo\",transport=\"tcp\"}",
				"sockwork_handler_errors_total{event=\"data\",name=\"echo\",transport=\"tcp\"}",
				"netty_eventexecutor_tasks_pending");
		assertThat(get("/actuator/metrics/sockwork.bytes.sent").statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.httpPort + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

	private Socket connect(String listener) throws IOException {
		Socket socket = new Socket();
		socket.connect(new InetSocketAddress("127.0.0.1", this.registry.server(listener).port()), 5000);
		socket.setSoTimeout(10000);
		return socket;
	}

	private static SSLContext trustingTheDemoCertificate() throws Exception {
		KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
		trusted.load(null, null);
		try (InputStream certificate = new ClassPathResource("demo-tls/demo-cert.pem").getInputStream()) {
			trusted.setCertificateEntry("demo",
					CertificateFactory.getInstance("X.509").generateCertificate(certificate));
		}
		TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trustManagers.init(trusted);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, trustManagers.getTrustManagers(), null);
		return context;
	}

	/**
	 * A UDP socket on 127.0.0.1 whose multicast datagrams go out on the loopback
	 * interface.
	 */
	private static DatagramSocket loopbackDatagramSocket() throws IOException {
		InetAddress loopback = InetAddress.getByName("127.0.0.1");
		DatagramSocket socket = new DatagramSocket(new InetSocketAddress(loopback, 0));
		socket.setSoTimeout(10000);
		socket.setOption(StandardSocketOptions.IP_MULTICAST_IF, NetworkInterface.getByInetAddress(loopback));
		return socket;
	}

	private static void send(DatagramSocket socket, String text, String address, int port) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		socket.send(new DatagramPacket(bytes, bytes.length, new InetSocketAddress(address, port)));
	}

	private static BufferedReader reader(Socket socket) throws IOException {
		InputStream in = socket.getInputStream();
		return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
	}

	private static void send(Socket socket, String text) throws IOException {
		socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
		socket.getOutputStream().flush();
	}

}
