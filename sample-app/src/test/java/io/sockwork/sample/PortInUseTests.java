package io.sockwork.sample;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Starts the sample with the port of {@code echo} or {@code udp-echo} taken and checks
 * the failure analyzer's report.
 */
@ExtendWith(OutputCaptureExtension.class)
class PortInUseTests {

	@Test
	void aTakenPortFailsStartUpWithAReportNamingTheListenerAndTheAddress(CapturedOutput output) throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			int port = taken.getLocalPort();
			assertStartUpFails(output, "--sockwork.tcp.listeners.echo.host=127.0.0.1",
					"--sockwork.tcp.listeners.echo.port=" + port);
			assertThat(output)
				.contains("Sockwork TCP listener 'echo' failed to start: port " + port
						+ " on 127.0.0.1 is already in use.")
				.contains("sockwork.tcp.listeners.echo.port");
		}
	}

	@Test
	void aTakenUdpPortFailsStartUpWithAReportNamingTheSocketAndTheAddress(CapturedOutput output) throws Exception {
		try (DatagramSocket taken = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
			int port = taken.getLocalPort();
			assertStartUpFails(output, "--sockwork.tcp.listeners.echo.port=0",
					"--sockwork.udp.sockets.udp-echo.host=127.0.0.1", "--sockwork.udp.sockets.udp-echo.port=" + port);
			assertThat(output)
				.contains("Sockwork UDP socket 'udp-echo' failed to start: port " + port
						+ " on 127.0.0.1 is already in use.")
				.contains("sockwork.udp.sockets.udp-echo.port");
		}
	}

	/**
	 * Runs the sample without web server, with every other port ephemeral, and expects a
	 * bind failure.
	 */
	private static void assertStartUpFails(CapturedOutput output, String... args) {
		List<String> arguments = new ArrayList<>(
				List.of("--spring.main.web-application-type=none", "--sockwork.tcp.listeners.chat.port=0",
						"--sockwork.tcp.listeners.secure-echo.port=0", "--sockwork.udp.sockets.telemetry.port=0"));
		arguments.addAll(List.of(args));
		assertThatException()
			.isThrownBy(() -> SpringApplication.run(SampleApplication.class, arguments.toArray(String[]::new)))
			.havingRootCause()
			.isInstanceOf(java.net.BindException.class);
		assertThat(output).contains("APPLICATION FAILED TO START");
	}

}
