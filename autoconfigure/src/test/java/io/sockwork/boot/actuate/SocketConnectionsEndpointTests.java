package io.sockwork.boot.actuate;

import io.sockwork.boot.actuate.SocketConnectionsEndpoint.ConnectionDescriptor;
import io.sockwork.boot.actuate.SocketConnectionsEndpoint.ConnectionsDescriptor;
import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.boot.autoconfigure.SockworkAutoConfiguration;
import io.sockwork.boot.autoconfigure.TestClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The {@code socketconnections} endpoint lists a listener's open connections with their
 * counts and no payload, closes one by id while the others keep being served, and is
 * available only when exposed.
 */
class SocketConnectionsEndpointTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SockworkAutoConfiguration.class,
				SocketConnectionsEndpointAutoConfiguration.class))
		.withPropertyValues("management.endpoints.web.exposure.include=socketconnections")
		.withBean(Lines.class, Lines::new);

	@Test
	void listsTheConnectionsOfAListenerAndClosesOneByIdWhileTheOtherIsServed() {
		this.contextRunner.run((context) -> {
			SocketConnectionsEndpoint endpoint = context.getBean(SocketConnectionsEndpoint.class);
			int port = context.getEnvironment().getProperty("local.sockwork.tcp.lines.port", Integer.class);
			try (TestClient first = new TestClient(port); TestClient second = new TestClient(port)) {
				assertThat(first.send("secret payload\n").readLine()).isEqualTo("secret payload");
				await().until(() -> endpoint.connections("lines").count() == 2);
				ConnectionsDescriptor connections = endpoint.connections("lines");
				assertThat(connections.listener()).isEqualTo("lines");
				assertThat(connections.connections()).hasSize(2);
				ConnectionDescriptor firstConnection = connections.connections()
					.stream()
					.filter((connection) -> connection.bytesRead() > 0)
					.findFirst()
					.orElseThrow();
				assertThat(firstConnection.bytesRead()).isEqualTo(15);
				assertThat(firstConnection.bytesWritten()).isEqualTo(15);
				assertThat(firstConnection.remoteAddress()).startsWith("127.0.0.1:");
				assertThat(firstConnection.age()).matches("\\d+s");
				assertThat(firstConnection.paused()).isFalse();
				assertThat(firstConnection.tlsProtocol()).isNull();
				assertThat(connections.toString()).doesNotContain("secret");
				assertThat(endpoint.close("lines", firstConnection.id())).isEqualTo(firstConnection);
				assertThat(first.readToEnd()).isEmpty();
				assertThat(second.send("still here\n").readLine()).isEqualTo("still here");
				await().until(() -> endpoint.connections("lines").count() == 1);
				assertThat(endpoint.close("lines", firstConnection.id())).isNull();
				assertThat(endpoint.close("nope", 1)).isNull();
				assertThat(endpoint.connections("nope")).isNull();
			}
		});
	}

	@Test
	void theEndpointIsOffUnlessExposed() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=health")
			.run((context) -> assertThat(context).doesNotHaveBean(SocketConnectionsEndpoint.class));
	}

	static class Lines {

		@TcpListener(name = "lines", host = "127.0.0.1", port = "0")
		String data(String text) {
			return text;
		}

	}

}
