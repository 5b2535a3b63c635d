package io.sockwork.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.sockwork.boot.annotation.OnClose;
import io.sockwork.boot.annotation.OnOpen;
import io.sockwork.boot.annotation.TcpClient;
import io.sockwork.boot.autoconfigure.SockworkAutoConfiguration;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.core.TcpSocket;
import io.sockwork.test.TcpTestClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * Scaling out behind a real load balancer: HAProxy (the system's package) in front of two
 * instances of the sample's jar, each in its own JVM, with the PROXY protocol on the
 * {@code echo} listener. Each instance sees its clients' own addresses; SIGTERM on one
 * instance drains it (HAProxy marks it down, its open transfer ends with every echoed
 * byte delivered, new connections and a reconnecting {@code @TcpClient} go to the other).
 * Runs after {@code package} (tag {@code cluster}) in the {@code cluster} profile.
 */
@Tag("cluster")
@TestMethodOrder(OrderAnnotation.class)
class ClusterTests {

	private static final Map<String, SampleAppProcess> nodes = new LinkedHashMap<>();

	private static @Nullable Haproxy haproxy;

	/** The instances' logs, HAProxy's configuration and log: kept when a test fails. */
	@TempDir(cleanup = CleanupMode.ON_SUCCESS)
	static Path directory;

	@BeforeAll
	static void startCluster() throws Exception {
		System.out.println("ClusterTests: the logs and HAProxy's configuration are in " + directory);
		// Without HAProxy, fail before starting anything, saying what to install.
		Haproxy.executable();
		Path jar = SampleAppProcess.packagedJar();
		for (String node : List.of("node1", "node2")) {
			nodes.put(node,
					SampleAppProcess.fromJar(jar, directory.resolve(node + ".log"),
							"--sockwork.tcp.listeners.echo.proxy-protocol=true",
							"--logging.level.io.sockwork.sample.EchoServer=debug"));
		}
		List<Haproxy.Server> servers = new ArrayList<>();
		for (Map.Entry<String, SampleAppProcess> node : nodes.entrySet()) {
			SampleAppProcess app = node.getValue().awaitStarted();
			servers.add(new Haproxy.Server(node.getKey(), "127.0.0.1:" + app.listenerPort("echo"), app.httpPort()));
		}
		Files.createDirectories(directory.resolve("haproxy"));
		haproxy = Haproxy.start(directory.resolve("haproxy"), servers);
		nodes.keySet().forEach((node) -> balancer().awaitStatus(node, "UP"));
	}

	@AfterAll
	static void stopCluster() throws InterruptedException {
		if (haproxy != null) {
			haproxy.close();
		}
		for (SampleAppProcess node : nodes.values()) {
			node.close();
		}
	}

	@Test
	@Order(1)
	void eachInstanceSeesItsClientsOwnAddresses() throws Exception {
		List<TcpTestClient> clients = new ArrayList<>();
		try {
			List<String> addresses = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				TcpTestClient client = TcpTestClient.connect("127.0.0.1", balancer().port());
				clients.add(client);
				// The echo answers once the instance has read the PROXY header and opened
				// the socket.
				assertThat(client.sendLine("hello " + i).awaitLine()).isEqualTo("hello " + i);
				addresses.add(address(client.socket().getLocalPort()));
			}
			List<String> node1 = nodes.get("node1").connections("echo");
			List<String> node2 = nodes.get("node2").connections("echo");
			assertThat(node1).as("node1's echo connections").isNotEmpty();
			assertThat(node2).as("node2's echo connections").isNotEmpty();
			List<String> both = new ArrayList<>(node1);
			both.addAll(node2);
			assertThat(both).as("the remote addresses of both instances' connections")
				.containsExactlyInAnyOrderElementsOf(addresses);
		}
		finally {
			clients.forEach(TcpTestClient::close);
		}
	}

	@Test
	@Order(2)
	void sigtermDrainsOneInstanceAndItsClientsMoveToTheOther() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SockworkAutoConfiguration.class))
			.withBean(BalancedEchoClient.class)
			.withPropertyValues("sockwork.tcp.clients.balanced-echo.host=127.0.0.1",
					"sockwork.tcp.clients.balanced-echo.port=" + balancer().port(),
					"sockwork.tcp.clients.balanced-echo.reconnect.initial-delay=100ms",
					"sockwork.tcp.clients.balanced-echo.reconnect.max-delay=500ms")
			.run((context) -> {
				SocketRegistry registry = context.getBean(SocketRegistry.class);
				BalancedEchoClient client = context.getBean(BalancedEchoClient.class);
				await().atMost(Duration.ofSeconds(30)).until(() -> client.received.toString().equals("hello\n"));
				String stopped = nodeListing(address(registry.client("balanced-echo").localPort()));
				String survivor = nodes.keySet().stream().filter((node) -> !node.equals(stopped)).findFirst().get();
				SampleAppProcess instance = nodes.get(stopped);

				try (EchoTransfer transfer = transferTo(stopped)) {
					instance.terminate();
					int received = transfer.awaitEnd();
					assertThat(instance.waitFor(Duration.ofSeconds(30))).as("%s exits", stopped).isTrue();
					assertThat(instance.log()).as("%s's log", stopped)
						.contains(
								":" + transfer.socket().getLocalPort() + " closed after " + received + " bytes echoed");
				}
				balancer().awaitStatus(stopped, "DOWN");
				assertThat(balancer().status(survivor)).isEqualTo("UP");

				try (TcpTestClient fresh = TcpTestClient.connect("127.0.0.1", balancer().port())) {
					assertThat(fresh.sendLine("new").awaitLine()).isEqualTo("new");
					assertThat(nodes.get(survivor).connections("echo"))
						.contains(address(fresh.socket().getLocalPort()));
				}

				await().atMost(Duration.ofSeconds(30)).until(() -> client.received.toString().equals("hello\nhello\n"));
				assertThat(client.opens).hasValue(2);
				assertThat(client.closes).hasValue(1);
				TcpSocket<?> reconnected = registry.client("balanced-echo");
				assertThat(nodes.get(survivor).connections("echo")).contains(address(reconnected.localPort()));
				reconnected.write("after the failover\n");
				await().atMost(Duration.ofSeconds(30))
					.until(() -> client.received.toString().endsWith("after the failover\n"));
			});
	}

	/**
	 * Opens echo transfers through the balancer until one lands on the given instance
	 * (round robin: the second one at the latest), closing the others.
	 */
	private static EchoTransfer transferTo(String node) throws Exception {
		for (int attempt = 0; attempt < 4; attempt++) {
			EchoTransfer transfer = EchoTransfer.start(balancer().port());
			if (nodes.get(node).connections("echo").contains(address(transfer.socket().getLocalPort()))) {
				return transfer;
			}
			transfer.close();
		}
		return fail("No transfer through HAProxy reached %s in 4 attempts", node);
	}

	private static String nodeListing(String address) throws IOException, InterruptedException {
		for (Map.Entry<String, SampleAppProcess> node : nodes.entrySet()) {
			if (node.getValue().connections("echo").contains(address)) {
				return node.getKey();
			}
		}
		return fail("No instance lists a connection from %s", address);
	}

	private static Haproxy balancer() {
		assertThat(haproxy).as("HAProxy").isNotNull();
		return haproxy;
	}

	private static String address(int localPort) {
		return "127.0.0.1:" + localPort;
	}

	/**
	 * An application's {@code @TcpClient} of the echo behind the balancer: says hello on
	 * every connection and keeps what comes back.
	 */
	static class BalancedEchoClient {

		final StringBuffer received = new StringBuffer();

		final AtomicInteger opens = new AtomicInteger();

		final AtomicInteger closes = new AtomicInteger();

		@TcpClient(name = "balanced-echo")
		void data(TcpSocket<?> socket, String text) {
			this.received.append(text);
		}

		@OnOpen("balanced-echo")
		String open(TcpSocket<?> socket) {
			this.opens.incrementAndGet();
			return "hello\n";
		}

		@OnClose("balanced-echo")
		void close(TcpSocket<?> socket) {
			this.closes.incrementAndGet();
		}

	}

}
