package io.sockwork.boot.autoconfigure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import io.sockwork.boot.annotation.TcpClient;
import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.boot.annotation.UdpSocket;
import io.sockwork.boot.registry.SocketRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that a key below a listener, client or UDP socket that is no property of its kind
 * fails start-up with a report naming the key and listing the keys of that kind, nested
 * keys included, while a correct configuration starts and unknown keys elsewhere under
 * {@code sockwork.*} are ignored as Spring Boot ignores them.
 */
class UnknownSocketKeysTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SockworkAutoConfiguration.class))
		.withBean(Sockets.class)
		.withPropertyValues("sockwork.tcp.clients.feed.host=127.0.0.1", "sockwork.tcp.clients.feed.port=1");

	@Test
	void anUnknownListenerKeyFailsNamingItAndTheListenerKeys() {
		this.contextRunner.withPropertyValues("sockwork.tcp.listeners.kv.prot=9100").run((context) -> {
			FailureAnalysis analysis = analyze(context);
			assertThat(analysis.getDescription()).contains("sockwork.tcp.listeners.kv.prot = 9100")
				.contains("The properties of sockwork.tcp.listeners.<name> are: ")
				.contains("port, ")
				.contains("idle-timeout, ")
				.contains("framing.max-length, ")
				.contains("tls.client-auth, ")
				.contains("write-buffer.high-water-mark, ")
				.contains("dispatch-queue.low-water-mark, ")
				.doesNotContain("reconnect.");
			assertThat(analysis.getAction()).contains("one of the properties listed");
		});
	}

	@Test
	void anUnknownNestedKeyFails() {
		this.contextRunner.withPropertyValues("sockwork.tcp.listeners.kv.framing.maxlen=4KB").run((context) -> {
			FailureAnalysis analysis = analyze(context);
			assertThat(analysis.getDescription()).contains("sockwork.tcp.listeners.kv.framing.maxlen = 4KB")
				.contains("framing.max-length")
				.doesNotContain("not applied");
		});
	}

	@Test
	void aKeyBesideTheShortFormOfItsGroupFailsSayingWhy() {
		this.contextRunner
			.withPropertyValues("sockwork.tcp.listeners.kv.framing=lines",
					"sockwork.tcp.listeners.kv.framing.max-length=4KB")
			.run((context) -> assertThat(analyze(context).getDescription())
				.contains("sockwork.tcp.listeners.kv.framing.max-length = 4KB")
				.contains("not applied: its group is also set to one value (the short form)"));
	}

	@Test
	void anUnknownClientKeyFailsNamingItAndTheClientKeys() {
		this.contextRunner.withPropertyValues("sockwork.tcp.clients.feed.reconnect.delay=1s").run((context) -> {
			FailureAnalysis analysis = analyze(context);
			assertThat(analysis.getDescription()).contains("sockwork.tcp.clients.feed.reconnect.delay = 1s")
				.contains("The properties of sockwork.tcp.clients.<name> are: ")
				.contains("connect-timeout, ")
				.contains("reconnect.initial-delay, ")
				.contains("tls.bundle, ")
				.doesNotContain("backlog");
		});
	}

	@Test
	void anUnknownUdpSocketKeyFailsNamingItAndTheUdpSocketKeys() {
		this.contextRunner.withPropertyValues("sockwork.udp.sockets.metrics.multicast.group=239.1.2.3")
			.run((context) -> {
				FailureAnalysis analysis = analyze(context);
				assertThat(analysis.getDescription())
					.contains("sockwork.udp.sockets.metrics.multicast.group = 239.1.2.3")
					.contains("The properties of sockwork.udp.sockets.<name> are: ")
					.contains("multicast.groups, ")
					.contains("multicast.interface, ")
					.contains("max-datagram-size, ");
			});
	}

	@Test
	void aCorrectConfigurationOfEveryKindStarts() throws IOException {
		try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			this.contextRunner
				.withPropertyValues("sockwork.tcp.listeners.kv.port=0", "sockwork.tcp.listeners.kv.idle-timeout=1m",
						"sockwork.tcp.listeners.kv.framing.type=lines",
						"sockwork.tcp.listeners.kv.framing.max-length=4KB",
						"sockwork.tcp.listeners.kv.write-buffer.high-water-mark=128KB",
						"sockwork.tcp.listeners.kv.dispatch-queue.low-water-mark=16KB",
						"sockwork.tcp.clients.feed.port=" + server.getLocalPort(),
						"sockwork.tcp.clients.feed.reconnect.initial-delay=10ms",
						"sockwork.udp.sockets.metrics.multicast.ttl=2",
						"sockwork.udp.sockets.metrics.dispatch-queue.high-water-mark=128KB")
				.run((context) -> {
					assertThat(context).hasNotFailed();
					assertThat(context.getBean(SocketRegistry.class).server("kv").isListening()).isTrue();
				});
		}
	}

	@Test
	void anUnknownKeyOutsideThePerSocketPropertiesIsIgnoredAsSpringBootIgnoresIt() {
		this.contextRunner.withPropertyValues("sockwork.engine.thread=2", "sockwork.other.key=1")
			.run((context) -> assertThat(context).hasNotFailed());
	}

	private static FailureAnalysis analyze(AssertableApplicationContext context) {
		assertThat(context).getFailure().rootCause().isInstanceOf(UnboundConfigurationPropertiesException.class);
		return FailureAnalyses.of(context.getStartupFailure());
	}

	static class Sockets {

		@TcpListener(name = "kv", host = "127.0.0.1", port = "0")
		String kv(String line) {
			return line;
		}

		@TcpClient(name = "feed")
		void feed(String text) {
		}

		@UdpSocket(name = "metrics", host = "127.0.0.1", port = "0")
		void metrics(byte[] datagram) {
		}

	}

}
