package io.sockwork.sample;

import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Starts the sample with the port of {@code echo} taken and checks the failure analyzer's report.
 */
@ExtendWith(OutputCaptureExtension.class)
class PortInUseTests {

	@Test
	void aTakenPortFailsStartUpWithAReportNamingTheListenerAndTheAddress(CapturedOutput output) throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
			int port = taken.getLocalPort();
			assertThatException()
				.isThrownBy(() -> SpringApplication.run(SampleApplication.class, "--spring.main.web-application-type=none",
						"--sockwork.tcp.listeners.echo.host=127.0.0.1", "--sockwork.tcp.listeners.echo.port=" + port,
						"--sockwork.tcp.listeners.chat.port=0",
						"--sockwork.tcp.listeners.secure-echo.port=0"))
				.havingRootCause()
				.isInstanceOf(java.net.BindException.class);
			assertThat(output).contains("APPLICATION FAILED TO START")
				.contains("Sockwork TCP listener 'echo' failed to start: port " + port
						+ " on 127.0.0.1 is already in use.")
				.contains("sockwork.tcp.listeners.echo.port");
		}
	}

}
