package io.sockwork.boot.autoconfigure;

import java.util.Locale;

import io.sockwork.boot.annotation.OnOpen;
import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.core.TcpSocket;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bean the README shows, exactly as a new user would copy it.
 */
class ReadmeExampleTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SockworkAutoConfiguration.class));

	@Test
	void theReadmeBeanIsARunningTcpServer() {
		this.contextRunner.withBean(Shouter.class).withPropertyValues("shout.port=0").run((context) -> {
			int port = context.getBean(SocketRegistry.class).server("shout").port();
			try (TestClient client = new TestClient(port)) {
				assertThat(client.readLine()).isEqualTo("welcome");
				String reply = client.send("hello\n").readLine();
				assertThat(reply).matches("client-\\d+ says HELLO");
			}
		});
	}

	// README: begin
	static class Shouter {

		@TcpListener(name = "shout", port = "${shout.port:7000}")
		String shout(TcpSocket<String> socket, String text) {
			return socket.data() + " says " + text.toUpperCase(Locale.ROOT);
		}

		@OnOpen
		void open(TcpSocket<String> socket) {
			socket.data("client-" + socket.remotePort());
			socket.write("welcome\n");
		}

	}
	// README: end

}
