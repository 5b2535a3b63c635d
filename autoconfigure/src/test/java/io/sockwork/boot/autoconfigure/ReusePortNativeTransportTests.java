package io.sockwork.boot.autoconfigure;

import java.net.BindException;
import java.util.HashSet;
import java.util.Set;

import io.netty.channel.epoll.Epoll;
import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.boot.registry.SocketRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * On epoll, two application contexts whose listeners set {@code reuse-port} (one from the
 * annotation, one from the property) listen on one port and the kernel spreads
 * connections between them; without it, the second context cannot bind. Runs in the
 * {@code native-transport} surefire execution, which has Netty's epoll library; skipped
 * only where that library does not load.
 */
class ReusePortNativeTransportTests {

	private static final int MOST_CONNECTIONS = 200;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SockworkAutoConfiguration.class))
		.withPropertyValues("sockwork.engine.transport=epoll");

	@BeforeAll
	static void epollLoads() {
		assumeTrue(Epoll.isAvailable(), () -> "Netty's epoll library did not load: " + Epoll.unavailabilityCause());
	}

	@Test
	void twoContextsShareOnePortAndBothGetConnections() {
		this.contextRunner.withBean(Annotated.class).withPropertyValues("test.instance=first").run((first) -> {
			assertThat(first).hasNotFailed();
			int port = first.getBean(SocketRegistry.class).server("shared").port();
			this.contextRunner.withBean(Plain.class)
				.withPropertyValues("test.instance=second", "sockwork.tcp.listeners.shared.port=" + port,
						"sockwork.tcp.listeners.shared.reuse-port=true")
				.run((second) -> {
					assertThat(second).hasNotFailed();
					assertThat(second.getBean(SocketRegistry.class).server("shared").port()).isEqualTo(port);
					Set<String> answered = new HashSet<>();
					for (int i = 0; i < MOST_CONNECTIONS && answered.size() < 2; i++) {
						try (TestClient client = new TestClient(port)) {
							answered.add(client.send("who\n").readLine());
						}
					}
					assertThat(answered).containsExactlyInAnyOrder("first", "second");
				});
		});
	}

	@Test
	void withoutReusePortTheSecondContextCannotBindThePort() {
		this.contextRunner.withBean(Annotated.class).withPropertyValues("test.instance=first").run((first) -> {
			int port = first.getBean(SocketRegistry.class).server("shared").port();
			this.contextRunner.withBean(Plain.class)
				.withPropertyValues("test.instance=second", "sockwork.tcp.listeners.shared.port=" + port)
				.run((second) -> assertThat(second).getFailure()
					.rootCause()
					.isInstanceOf(BindException.class)
					.hasMessageContaining("Address already in use"));
		});
	}

	/** Answers every line with the name of its context. */
	static class Plain {

		private final String instance;

		Plain(Environment environment) {
			this.instance = environment.getRequiredProperty("test.instance");
		}

		@TcpListener(name = "shared", host = "127.0.0.1", port = "0")
		String echo(String line) {
			return this.instance + "\n";
		}

	}

	/** The same, with {@code reusePort} on the annotation. */
	static class Annotated {

		private final String instance;

		Annotated(Environment environment) {
			this.instance = environment.getRequiredProperty("test.instance");
		}

		@TcpListener(name = "shared", host = "127.0.0.1", port = "0", reusePort = true)
		String echo(String line) {
			return this.instance + "\n";
		}

	}

}
