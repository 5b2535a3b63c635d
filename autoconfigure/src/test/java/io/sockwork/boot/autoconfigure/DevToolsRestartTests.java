package io.sockwork.boot.autoconfigure;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs a real DevTools restart: {@link DevToolsRestartApp} in a child JVM with
 * {@code spring-boot-devtools} on its classpath, its classes and its
 * {@code greeting.properties} in a classes directory (the one restartable entry, as an
 * application's {@code target/classes} is; the library stays in the base class loader as
 * its jar would). The test keeps one connection open, changes the greeting and touches
 * DevTools' trigger file: the context restarts, the listener keeps its port and the
 * connection, and the next line on that connection is answered by the new context's
 * handler.
 */
class DevToolsRestartTests {

	private static final String TRIGGER_FILE = ".restarttrigger";

	private static final Pattern BOUND = Pattern.compile("Listener 'greeter' bound to 127\\.0\\.0\\.1:(\\d+)");

	@Test
	void aDevToolsRestartKeepsTheConnectionAndTheNewHandlerAnswersOnIt(@TempDir Path dir) throws Exception {
		Path classes = applicationClasses(dir.resolve("app-classes"));
		Path log = dir.resolve("app.log");
		Process app = new ProcessBuilder(javaBin(), "-cp",
				classes + File.pathSeparator + System.getProperty("java.class.path"),
				DevToolsRestartApp.class.getName(), "--spring.devtools.restart.trigger-file=" + TRIGGER_FILE,
				"--spring.devtools.livereload.enabled=false")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		try {
			await().atMost(Duration.ofSeconds(120)).until(() -> started(log, app) == 1);
			Matcher bound = BOUND.matcher(Files.readString(log));
			assertThat(bound.find()).as("the log names the greeter's port").isTrue();
			try (TestClient client = new TestClient(Integer.parseInt(bound.group(1)))) {
				assertThat(client.send("alice\n").readLine()).isEqualTo("hello alice");
				Files.writeString(classes.resolve("greeting.properties"), "greeting=welcome back\n");
				Files.writeString(classes.resolve(TRIGGER_FILE), "restart\n");
				await().atMost(Duration.ofSeconds(120)).until(() -> started(log, app) == 2);
				assertThat(client.send("alice\n").readLine()).isEqualTo("welcome back alice");
			}
			String output = Files.readString(log);
			assertThat(output).contains("Keeping the sockets [greeter] for the next context")
				.contains("Adopting the running socket engine and the sockets [greeter] of the previous context")
				.contains("Listener 'greeter' on 127.0.0.1:" + bound.group(1) + " reloaded, 1 open connection(s) kept");
			assertThat(BOUND.matcher(output).results().count()).as("binds of the greeter").isOne();
		}
		finally {
			app.destroyForcibly();
		}
	}

	/**
	 * Copies the application's classes into a classes directory of their own, with its
	 * {@code greeting.properties}, and the DevTools settings that leave every other
	 * classpath entry (the build's own class directories among them) to the base class
	 * loader.
	 */
	private static Path applicationClasses(Path classes) throws IOException {
		for (Class<?> type : new Class<?>[] { DevToolsRestartApp.class, DevToolsRestartApp.Greeter.class }) {
			String resource = type.getName().replace('.', '/') + ".class";
			Path target = classes.resolve(resource);
			Files.createDirectories(target.getParent());
			try (InputStream in = type.getClassLoader().getResourceAsStream(resource)) {
				assertThat(in).as(resource).isNotNull();
				Files.copy(in, target);
			}
		}
		Files.writeString(classes.resolve("greeting.properties"), "greeting=hello\n");
		Path settings = classes.resolve("META-INF/spring-devtools.properties");
		Files.createDirectories(settings.getParent());
		Files.writeString(settings, "restart.exclude.everything-but-the-app=^(?!.*/app-classes/)\n");
		return classes;
	}

	private static long started(Path log, Process app) throws IOException {
		String output = Files.readString(log);
		assertThat(output).as("the application's log").doesNotContain("APPLICATION FAILED TO START");
		assertThat(app.isAlive()).as("the application is running").isTrue();
		return Pattern.compile("Started DevToolsRestartApp").matcher(output).results().count();
	}

	private static String javaBin() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

}
