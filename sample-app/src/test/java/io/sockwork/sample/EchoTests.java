package io.sockwork.sample;

import io.sockwork.test.LocalSocketPort;
import io.sockwork.test.TcpTestClient;
import io.sockwork.test.UdpTestClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example of the README's "Testing your handlers", as printed there: the sample's
 * echo listener and UDP echo on port 0, tested through {@code sockwork-test}.
 */
@SpringBootTest(properties = { "sockwork.tcp.listeners.echo.port=0", "sockwork.udp.sockets.udp-echo.port=0",
		"sockwork.tcp.listeners.chat.port=0", "sockwork.tcp.listeners.secure-echo.port=0",
		"sockwork.udp.sockets.telemetry.port=0", "server.port=0" })
class EchoTests {

	@Autowired
	Environment environment;

	@LocalSocketPort("echo")
	int echoPort;

	@Test
	void echoesLines() {
		assertThat(this.echoPort).isPositive();
		try (TcpTestClient client = TcpTestClient.connect(this.environment, "echo")) {
			client.sendLine("hello");
			assertThat(client.awaitLine()).isEqualTo("hello");
		}
	}

	@Test
	void echoesDatagrams() {
		try (UdpTestClient client = UdpTestClient.open()) {
			client.send(this.environment, "udp-echo", "ping");
			assertThat(client.awaitText()).isEqualTo("ping");
		}
	}

}
