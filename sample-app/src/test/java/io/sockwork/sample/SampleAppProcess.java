package io.sockwork.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sample app in its own JVM, as an orchestrator runs it: started from a command line
 * with every socket and the HTTP port on port 0, its output in a log file, the ports it
 * bound read from that log, stopped with SIGTERM. Closing it kills what is left.
 */
final class SampleAppProcess implements AutoCloseable {

	private static final Pattern HTTP_PORT = Pattern.compile("Tomcat started on port (\\d+)");

	/** Every port chosen by the kernel, and a log without colours. */
	private static final List<String> DEFAULTS = List.of("--spring.output.ansi.enabled=never", "--server.port=0",
			"--sockwork.tcp.listeners.echo.port=0", "--sockwork.tcp.listeners.chat.port=0",
			"--sockwork.tcp.listeners.secure-echo.port=0", "--sockwork.udp.sockets.udp-echo.port=0",
			"--sockwork.udp.sockets.telemetry.port=0");

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private final Process process;

	private final Path log;

	private SampleAppProcess(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	/**
	 * Starts the sample from the test classpath (before {@code package} made its jar).
	 * @param log the file that receives its output
	 * @param arguments more command-line arguments
	 * @return the process, starting
	 */
	static SampleAppProcess fromClasspath(Path log, String... arguments) {
		return start(List.of("-cp", System.getProperty("java.class.path"), SampleApplication.class.getName()), log,
				arguments);
	}

	/**
	 * The jar {@code package} built: the system property {@code sample.jar} that the
	 * build sets for the tests of the packaged jar, or its default path.
	 * @return the path of the sample's executable jar
	 */
	static Path packagedJar() {
		return Path.of(System.getProperty("sample.jar", "target/sockwork-sample-app.jar"));
	}

	/**
	 * Starts the sample from its executable jar, as {@code java -jar} does.
	 * @param jar the jar {@code package} built
	 * @param log the file that receives its output
	 * @param arguments more command-line arguments
	 * @return the process, starting
	 */
	static SampleAppProcess fromJar(Path jar, Path log, String... arguments) {
		return fromJar(jar, log, List.of(), arguments);
	}

	/**
	 * Starts the sample from its executable jar with options of the JVM, such as
	 * {@code -Dspring.aot.enabled=true}.
	 * @param jar the jar {@code package} built
	 * @param log the file that receives its output
	 * @param jvmOptions options of the JVM, before {@code -jar}
	 * @param arguments more command-line arguments
	 * @return the process, starting
	 */
	static SampleAppProcess fromJar(Path jar, Path log, List<String> jvmOptions, String... arguments) {
		assertThat(jar).as("the sample's jar (built by ./mvnw package)").isRegularFile();
		List<String> launch = new ArrayList<>(jvmOptions);
		launch.addAll(List.of("-jar", jar.toString()));
		return start(launch, log, arguments);
	}

	private static SampleAppProcess start(List<String> launch, Path log, String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		// A test instance starts sooner with the client compiler only (CI machines are
		// small).
		command.add("-XX:TieredStopAtLevel=1");
		command.addAll(launch);
		command.addAll(DEFAULTS);
		command.addAll(List.of(arguments));
		try {
			return new SampleAppProcess(
					new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start(), log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Waits until the application has started, failing at once if it reported a failed
	 * start-up or exited.
	 * @return this process
	 */
	SampleAppProcess awaitStarted() {
		await().atMost(Duration.ofSeconds(120)).until(() -> {
			String output = log();
			assertThat(output).as("the sample app's log").doesNotContain("APPLICATION FAILED TO START");
			assertThat(this.process.isAlive()).as("the sample app runs (its log: %s)", output).isTrue();
			return output.contains("Started SampleApplication");
		});
		return this;
	}

	/**
	 * The port a TCP listener bound, as the sample logged it.
	 * @param listener the listener's name
	 * @return the port
	 */
	int listenerPort(String listener) {
		return portFromLog(Pattern.compile("Listener '" + Pattern.quote(listener) + "' bound to \\S*:(\\d+)"));
	}

	/**
	 * The port a UDP socket bound, as the sample logged it.
	 * @param socket the UDP socket's name
	 * @return the port
	 */
	int udpPort(String socket) {
		return portFromLog(Pattern.compile("UDP socket '" + Pattern.quote(socket) + "' bound to \\S*:(\\d+)"));
	}

	/**
	 * The host a TCP listener bound, as the sample logged it, without the brackets of an
	 * IPv6 address.
	 * @param listener the listener's name
	 * @return the host
	 */
	String listenerHost(String listener) {
		String output = log();
		Matcher matcher = Pattern
			.compile("Listener '" + Pattern.quote(listener) + "' bound to \\[?([^\\]\\s]+?)\\]?:\\d+")
			.matcher(output);
		assertThat(matcher.find()).as("the address of listener '%s' in the sample's log: %s", listener, output)
			.isTrue();
		return matcher.group(1);
	}

	/**
	 * The port of the HTTP server (and actuator), as the sample logged it.
	 * @return the port
	 */
	int httpPort() {
		return portFromLog(HTTP_PORT);
	}

	private int portFromLog(Pattern line) {
		String output = log();
		Matcher matcher = line.matcher(output);
		assertThat(matcher.find()).as("'%s' in the sample's log: %s", line, output).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	/**
	 * The remote addresses of the open connections of a listener, as the
	 * {@code socketconnections} endpoint lists them ({@code host:port}).
	 * @param listener the listener's name
	 * @return the addresses, the oldest connection first
	 * @throws IOException if the actuator does not answer
	 * @throws InterruptedException if interrupted while waiting for it
	 */
	List<String> connections(String listener) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + httpPort() + "/actuator/socketconnections/" + listener))
			.timeout(Duration.ofSeconds(30))
			.build();
		HttpResponse<String> response = HTTP.send(request, BodyHandlers.ofString());
		assertThat(response.statusCode()).as("the socketconnections endpoint's answer: %s", response.body())
			.isEqualTo(200);
		return JsonPath.read(response.body(), "$.connections[*].remoteAddress");
	}

	/**
	 * What the application printed so far.
	 * @return its output
	 */
	String log() {
		try {
			return Files.readString(this.log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Sends SIGTERM, as an orchestrator stopping the instance does.
	 */
	void terminate() {
		this.process.destroy();
	}

	/**
	 * Waits for the process to exit.
	 * @param timeout how long to wait
	 * @return whether it exited in time
	 * @throws InterruptedException if interrupted while waiting
	 */
	boolean waitFor(Duration timeout) throws InterruptedException {
		return this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/**
	 * Kills the process if it still runs, and waits for it to exit.
	 */
	@Override
	public void close() throws InterruptedException {
		this.process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
	}

}
