package io.sockwork.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged sample app ({@code sockwork-sample-app.jar}, whose path the build passes
 * as the system property {@code sample.jar}) running in its own JVM with HTTP and every
 * socket on port 0; the bound ports are read from its log.
 */
final class SampleAppProcess implements AutoCloseable {

	private static final List<String> EPHEMERAL_PORTS = List.of("--server.port=0",
			"--sockwork.tcp.listeners.echo.port=0", "--sockwork.tcp.listeners.chat.port=0",
			"--sockwork.tcp.listeners.secure-echo.port=0", "--sockwork.udp.sockets.udp-echo.port=0",
			"--sockwork.udp.sockets.telemetry.port=0");

	private final Process process;

	private final Path log;

	private SampleAppProcess(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	/**
	 * Starts the jar and waits until the application has started.
	 * @param log the file the application's output goes to
	 * @param jvmOptions options of the JVM, such as {@code -Dspring.aot.enabled=true}
	 * @param arguments arguments of the application, after those that set every port to 0
	 */
	static SampleAppProcess start(Path log, List<String> jvmOptions, String... arguments) throws IOException {
		String jar = System.getProperty("sample.jar");
		assertThat(jar).as("the system property sample.jar, set by the build").isNotNull();
		assertThat(Path.of(jar)).as("the packaged sample app").isRegularFile();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-jar");
		command.add(jar);
		command.addAll(EPHEMERAL_PORTS);
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		SampleAppProcess app = new SampleAppProcess(process, log);
		try {
			await().atMost(Duration.ofSeconds(120)).until(() -> {
				String output = app.log();
				assertThat(output).as("the sample app's log").doesNotContain("APPLICATION FAILED TO START");
				assertThat(process.isAlive()).as("the sample app is running").isTrue();
				return output.contains("Started SampleApplication");
			});
			return app;
		}
		catch (RuntimeException | Error ex) {
			app.close();
			throw ex;
		}
	}

	/**
	 * The application's output so far.
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
	 * The port a listener is bound to, as its {@code bound to} line logs it.
	 */
	int tcpPort(String listener) {
		return port("Listener '" + listener + "' bound to ");
	}

	/**
	 * The port a UDP socket is bound to, as its {@code bound to} line logs it.
	 */
	int udpPort(String socket) {
		return port("UDP socket '" + socket + "' bound to ");
	}

	/**
	 * The host a listener is bound to, as its {@code bound to} line logs it, without the
	 * brackets of an IPv6 address.
	 */
	String tcpHost(String listener) {
		String host = bound("Listener '" + listener + "' bound to ").group(1);
		return (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
	}

	private int port(String prefix) {
		return Integer.parseInt(bound(prefix).group(2));
	}

	private Matcher bound(String prefix) {
		Matcher matcher = Pattern.compile(Pattern.quote(prefix) + "(\\S+):(\\d+)").matcher(log());
		assertThat(matcher.find()).as("the log names the address of " + prefix).isTrue();
		return matcher;
	}

	/**
	 * Stops the application (SIGTERM, then SIGKILL if it has not ended in 30 seconds).
	 */
	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

}
