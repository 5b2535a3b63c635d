package io.sockwork.boot.diagnostics;

import java.net.BindException;

import io.sockwork.boot.config.InvalidListenerException;
import io.sockwork.boot.config.ListenerBindException;
import io.sockwork.core.SocketBindException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for the failure analyzers of Sockwork.
 */
class FailureAnalyzersTests {

	@Test
	void aPortInUseIsReportedWithTheListenerTheAddressAndThePropertyToChange() {
		ListenerBindException failure = new ListenerBindException("echo",
				new SocketBindException("TCP", "127.0.0.1", 9000, new BindException("Address already in use")));
		FailureAnalysis analysis = new ListenerBindFailureAnalyzer().analyze(new IllegalStateException(failure));
		assertThat(analysis.getDescription())
			.isEqualTo("Sockwork TCP listener 'echo' failed to start: port 9000 on 127.0.0.1 is already in use.");
		assertThat(analysis.getAction()).contains("port 9000").contains("sockwork.tcp.listeners.echo.port");
	}

	@Test
	void aUdpPortInUseIsReportedWithTheSocketTheAddressAndThePropertyToChange() {
		ListenerBindException failure = new ListenerBindException("udp-echo", "UDP",
				new SocketBindException("UDP", null, 9002, new BindException("Address already in use")));
		FailureAnalysis analysis = new ListenerBindFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription()).isEqualTo(
				"Sockwork UDP socket 'udp-echo' failed to start: port 9002 on every interface is already in use.");
		assertThat(analysis.getAction()).contains("port 9002").contains("sockwork.udp.sockets.udp-echo.port");
	}

	@Test
	void anotherBindFailureIsReportedWithItsCause() {
		ListenerBindException failure = new ListenerBindException("chat",
				new SocketBindException("TCP", null, 80, new BindException("Permission denied")));
		FailureAnalysis analysis = new ListenerBindFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription()).contains("'chat'")
			.contains("port 80 on every interface")
			.contains("Permission denied");
	}

	@Test
	void anInvalidListenerIsReportedWithItsDescriptionAndAction() {
		InvalidListenerException failure = new InvalidListenerException("chat", "No port is configured", "Set one.");
		FailureAnalysis analysis = new InvalidListenerFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription()).isEqualTo("Sockwork listener 'chat' is invalid: No port is configured");
		assertThat(analysis.getAction()).isEqualTo("Set one.");
	}

}
