package io.sockwork.core;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs an echo server in a JVM limited to a few file descriptors: when they run out it
 * refuses new connections, logs about it at most about once a second, keeps serving the
 * open ones, and accepts again once some close.
 */
@EnabledOnOs(OS.LINUX)
class FileDescriptorLimitTests {

	@Test
	void runningOutOfFileDescriptorsRefusesNewConnectionsAndKeepsServingOpenOnes(@TempDir Path dir) throws Exception {
		Path log = dir.resolve("server.log");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String command = "ulimit -n 160 && exec '" + java + "' -cp '" + System.getProperty("java.class.path") + "' "
				+ LimitedEchoServer.class.getName();
		Process server = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		List<BlockingClient> crowd = new ArrayList<>();
		try {
			await().atMost(Duration.ofSeconds(30)).until(() -> Files.readString(log).contains("PORT "));
			int port = Integer.parseInt(Files.readString(log)
				.lines()
				.filter((line) -> line.startsWith("PORT "))
				.findFirst()
				.orElseThrow()
				.substring(5)
				.trim());
			try (BlockingClient first = new BlockingClient(port)) {
				assertThat(first.send("first").readString(5)).isEqualTo("first");
				long start = System.nanoTime();
				// The kernel completes these handshakes in the backlog; the server runs
				// out of descriptors accepting.
				for (int i = 0; i < 250; i++) {
					crowd.add(new BlockingClient(port));
				}
				await().atMost(Duration.ofSeconds(10))
					.until(() -> Files.readString(log).contains("Too many open files"));
				assertThat(first.send("still served").readString(12)).isEqualTo("still served");
				long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
				long warnings = Files.readString(log)
					.lines()
					.filter((line) -> line.contains("Too many open files"))
					.count();
				assertThat(warnings).isLessThanOrEqualTo(seconds + 3);
				crowd.forEach(BlockingClient::close);
				crowd.clear();
				await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
					try (BlockingClient late = new BlockingClient(port)) {
						assertThat(late.send("welcome back").readString(12)).isEqualTo("welcome back");
					}
				});
			}
			assertThat(server.isAlive()).isTrue();
		}
		finally {
			crowd.forEach(BlockingClient::close);
			server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
		}
	}

}
