package io.sockwork.sample;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * HAProxy, the system's package, balancing a TCP frontend on 127.0.0.1 over sample
 * instances: each connection goes to one instance's {@code echo} with a PROXY protocol v2
 * header, and an instance whose readiness endpoint stops answering 200 is taken out. Its
 * configuration is written into a test's directory; the server states are read from its
 * admin socket there.
 */
final class Haproxy implements AutoCloseable {

	/** The backend's name in the configuration. */
	static final String BACKEND = "echo_nodes";

	private final Process process;

	private final Path directory;

	private final int port;

	private Haproxy(Process process, Path directory, int port) {
		this.process = process;
		this.directory = directory;
		this.port = port;
	}

	/**
	 * Writes the configuration and starts HAProxy in the foreground.
	 * @param directory where the configuration, the admin socket and the log go
	 * @param servers the instances to balance over
	 * @return HAProxy, starting
	 * @throws IOException if the configuration cannot be written or HAProxy not started
	 */
	static Haproxy start(Path directory, List<Server> servers) throws IOException {
		int port = freePort();
		Path config = Files.writeString(directory.resolve("haproxy.cfg"),
				config("127.0.0.1:" + port, directory.resolve("admin.sock"), servers));
		Process process = new ProcessBuilder(executable().toString(), "-db", "-f", config.toString())
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("haproxy.log").toFile())
			.start();
		return new Haproxy(process, directory, port);
	}

	/**
	 * The configuration of the tests (and of the README): a TCP frontend, round robin
	 * over the servers, PROXY protocol v2 to each, and an HTTP check of each server's
	 * readiness every 250 ms (down after 2 failures, up after 2 successes).
	 * @param bind the frontend's address ({@code host:port}, or {@code :port})
	 * @param adminSocket the admin socket's file
	 * @param servers the instances
	 * @return the configuration
	 */
	static String config(String bind, Path adminSocket, List<Server> servers) {
		String backends = servers.stream()
			.map((server) -> "    server %s %s port %d".formatted(server.name(), server.address(), server.checkPort()))
			.collect(Collectors.joining("\n"));
		return """
				global
				    stats socket %s mode 600 level admin

				defaults
				    mode tcp
				    timeout connect 2s
				    timeout client 1m
				    timeout server 1m
				    retries 3
				    option redispatch

				frontend echo
				    bind %s
				    default_backend %s

				backend %s
				    balance roundrobin
				    option httpchk GET /actuator/health/readiness
				    http-check expect status 200
				    default-server check inter 250ms fall 2 rise 2 send-proxy-v2
				%s
				""".formatted(adminSocket, bind, BACKEND, BACKEND, backends);
	}

	/**
	 * The {@code haproxy} on the {@code PATH}, or in {@code /usr/sbin} or
	 * {@code /usr/local/sbin}, where the packages install it.
	 * @return its path
	 */
	static Path executable() {
		String path = System.getenv().getOrDefault("PATH", "");
		return Stream.concat(Arrays.stream(path.split(File.pathSeparator)), Stream.of("/usr/sbin", "/usr/local/sbin"))
			.filter((directory) -> !directory.isEmpty())
			.map((directory) -> Path.of(directory, "haproxy"))
			.filter(Files::isExecutable)
			.findFirst()
			.orElseGet(() -> fail("HAProxy is not installed: the cluster profile runs the sample behind it. "
					+ "Install it (apt-get install haproxy, dnf install haproxy, brew install haproxy) "
					+ "or run the build without -Pcluster"));
	}

	/**
	 * The frontend's port on 127.0.0.1.
	 * @return the port
	 */
	int port() {
		return this.port;
	}

	/**
	 * The state of a server as HAProxy's statistics give it ({@code UP}, {@code DOWN},
	 * {@code UP 1/2} while a check fails, ...).
	 * @param server the server's name
	 * @return its status
	 * @throws IOException if the admin socket does not answer
	 */
	String status(String server) throws IOException {
		List<String> lines = command("show stat").lines().toList();
		assertThat(lines).as("HAProxy's statistics (its log: %s)", log()).isNotEmpty();
		List<String> header = List.of(lines.get(0).substring(2).split(","));
		int status = header.indexOf("status");
		return lines.stream()
			.map((line) -> line.split(","))
			.filter((fields) -> fields.length > status && fields[0].equals(BACKEND) && fields[1].equals(server))
			.map((fields) -> fields[status])
			.findFirst()
			.orElseGet(() -> fail("No server '%s' in HAProxy's statistics: %s", server, lines));
	}

	/**
	 * Waits until HAProxy gives a server the status, failing at once if HAProxy exited.
	 * @param server the server's name
	 * @param status the status awaited, {@code UP} or {@code DOWN}
	 */
	void awaitStatus(String server, String status) {
		await().atMost(Duration.ofSeconds(30)).ignoreExceptionsInstanceOf(IOException.class).until(() -> {
			assertThat(this.process.isAlive()).as("HAProxy runs (its log: %s)", log()).isTrue();
			return status(server).equals(status);
		});
	}

	private String command(String command) throws IOException {
		try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
			channel.connect(UnixDomainSocketAddress.of(this.directory.resolve("admin.sock")));
			channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.US_ASCII)));
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			Channels.newInputStream(channel).transferTo(answer);
			return answer.toString(StandardCharsets.US_ASCII);
		}
	}

	/**
	 * What HAProxy printed so far.
	 * @return its output
	 */
	String log() {
		try {
			return Files.readString(this.directory.resolve("haproxy.log"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Kills HAProxy and waits for it to exit.
	 */
	@Override
	public void close() throws InterruptedException {
		this.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
	}

	private static int freePort() throws IOException {
		// HAProxy cannot bind port 0: the kernel picks a free port, HAProxy binds it
		// next.
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			return socket.getLocalPort();
		}
	}

	/**
	 * One sample instance behind HAProxy.
	 *
	 * @param name the server's name in the configuration
	 * @param address the address of its {@code echo} ({@code host:port}), with the PROXY
	 * protocol on
	 * @param checkPort the port of its actuator, for the readiness check
	 */
	record Server(String name, String address, int checkPort) {

	}

}
