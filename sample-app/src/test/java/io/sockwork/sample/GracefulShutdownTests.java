package io.sockwork.sample;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs the sample app in its own JVM and stops it with SIGTERM, as an orchestrator would:
 * what the echo wrote before the shutdown (as many bytes as its socket counted) reaches
 * the client, byte for byte, before its FIN.
 */
class GracefulShutdownTests {

	@Test
	void sigtermEndsOpenSocketsAfterEverythingWrittenIsDelivered(@TempDir Path dir) throws Exception {
		int port = freePort();
		Path log = dir.resolve("app.log");
		Process app = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
				SampleApplication.class.getName(), "--spring.main.web-application-type=none",
				"--sockwork.tcp.listeners.echo.host=127.0.0.1", "--sockwork.tcp.listeners.echo.port=" + port,
				"--sockwork.tcp.listeners.chat.port=0", "--sockwork.tcp.listeners.secure-echo.port=0",
				"--sockwork.udp.sockets.udp-echo.port=0", "--sockwork.udp.sockets.telemetry.port=0",
				"--sockwork.shutdown.grace-period=20s", "--logging.level.io.sockwork.sample.EchoServer=debug")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		try (Socket client = new Socket()) {
			await().atMost(Duration.ofSeconds(120)).until(() -> {
				String started = Files.readString(log);
				assertThat(started).as("the sample app's log").doesNotContain("APPLICATION FAILED TO START");
				return started.contains("Started SampleApplication");
			});
			// A small receive window, so that the echo's writes wait in the server's
			// outbound buffer.
			client.setReceiveBufferSize(4096);
			client.connect(new InetSocketAddress("127.0.0.1", port), 5000);
			client.setSoTimeout(30_000);
			// More than the kernel buffers hold, so the echo pauses with its outbound
			// buffer full.
			byte[] sent = new byte[32 * 1024 * 1024];
			new Random(7).nextBytes(sent);
			Thread writer = new Thread(() -> writeQuietly(client, sent));
			writer.setDaemon(true);
			writer.start();
			await().atMost(Duration.ofSeconds(10)).until(() -> client.getInputStream().available() > 0);
			app.destroy();
			byte[] received = readToEnd(client.getInputStream());
			client.close();
			assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
			writer.join(10_000);
			assertThat(received.length).isGreaterThan(64 * 1024);
			assertThat(Arrays.equals(received, 0, received.length, sent, 0, received.length))
				.as("the %d bytes received are exactly the first bytes sent", received.length)
				.isTrue();
			String output = Files.readString(log);
			assertThat(output).contains("Stopping listener 'echo'")
				.contains("closed after " + received.length + " bytes echoed");
		}
		finally {
			app.destroyForcibly();
		}
	}

	private static byte[] readToEnd(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		in.transferTo(out);
		return out.toByteArray();
	}

	private static void writeQuietly(Socket socket, byte[] bytes) {
		try {
			socket.getOutputStream().write(bytes);
		}
		catch (IOException ex) {
			// The server stops reading and closes: the rest is not sent, and that is
			// expected.
		}
	}

	private static String javaBin() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
