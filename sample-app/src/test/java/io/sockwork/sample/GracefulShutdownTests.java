package io.sockwork.sample;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the sample app in its own JVM and stops it with SIGTERM, as an orchestrator would:
 * what the echo wrote before the shutdown (as many bytes as its socket counted) reaches
 * the client, byte for byte, before its FIN.
 */
class GracefulShutdownTests {

	@Test
	void sigtermEndsOpenSocketsAfterEverythingWrittenIsDelivered(@TempDir Path dir) throws Exception {
		try (SampleAppProcess app = SampleAppProcess.fromClasspath(dir.resolve("app.log"),
				"--spring.main.web-application-type=none", "--sockwork.shutdown.grace-period=20s",
				"--logging.level.io.sockwork.sample.EchoServer=debug")) {
			int port = app.awaitStarted().listenerPort("echo");
			try (EchoTransfer transfer = EchoTransfer.start(port)) {
				app.terminate();
				int received = transfer.awaitEnd();
				assertThat(app.waitFor(Duration.ofSeconds(30))).isTrue();
				assertThat(app.log()).contains("Stopping listener 'echo'")
					.contains("closed after " + received + " bytes echoed");
			}
		}
	}

}
