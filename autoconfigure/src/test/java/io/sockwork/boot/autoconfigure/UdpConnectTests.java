package io.sockwork.boot.autoconfigure;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.sockwork.boot.annotation.UdpSocket;
import io.sockwork.boot.config.InvalidListenerException;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.core.UdpChannel;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A UDP socket connected to a peer from the annotation ({@code connectHost},
 * {@code connectPort}) or from {@code sockwork.udp.sockets.<name>.connect.*} (Bun's
 * {@code udpSocket({connect: {hostname, port}})}): {@code send(data)} without an address
 * reaches the peer, and the kernel keeps other peers' datagrams away.
 */
class UdpConnectTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SockworkAutoConfiguration.class));

	@Test
	void aSocketConnectedByTheAnnotationSendsToItsPeerAndHearsOnlyItsPeer() {
		try (UdpTestClient peer = new UdpTestClient(); UdpTestClient stranger = new UdpTestClient()) {
			this.contextRunner.withBean(Annotated.class)
				.withPropertyValues("peer.port=" + peer.port())
				.run((context) -> sendsToAndHearsOnly(context, "annotated", peer, stranger,
						context.getBean(Annotated.class).received));
		}
	}

	@Test
	void theConnectPropertiesConnectASocketAndOverrideTheAnnotation() {
		try (UdpTestClient peer = new UdpTestClient(); UdpTestClient stranger = new UdpTestClient()) {
			this.contextRunner.withBean(Annotated.class)
				.withPropertyValues("peer.port=" + stranger.port(),
						"sockwork.udp.sockets.annotated.connect.port=" + peer.port())
				.run((context) -> sendsToAndHearsOnly(context, "annotated", peer, stranger,
						context.getBean(Annotated.class).received));
			this.contextRunner.withBean(Plain.class)
				.withPropertyValues("sockwork.udp.sockets.plain.connect.host=127.0.0.1",
						"sockwork.udp.sockets.plain.connect.port=" + peer.port())
				.run((context) -> sendsToAndHearsOnly(context, "plain", peer, stranger,
						context.getBean(Plain.class).received));
		}
	}

	@Test
	void aConnectHostWithoutAPortFailsStartUpNamingTheSocket() {
		this.contextRunner.withBean(Plain.class)
			.withPropertyValues("sockwork.udp.sockets.plain.connect.host=127.0.0.1")
			.run((context) -> assertThat(context.getStartupFailure()).isInstanceOf(InvalidListenerException.class)
				.hasMessageContaining("UDP socket 'plain'")
				.hasMessageContaining("needs both connect.host and connect.port"));
	}

	@Test
	void aConnectPortOutOfRangeIsReportedByName() {
		this.contextRunner.withBean(Plain.class)
			.withPropertyValues("sockwork.udp.sockets.plain.connect.host=127.0.0.1",
					"sockwork.udp.sockets.plain.connect.port=70000")
			.run((context) -> assertThat(context).getFailure().rootCause().hasMessageContaining("connect.port"));
	}

	private static void sendsToAndHearsOnly(ConfigurableApplicationContext context, String name, UdpTestClient peer,
			UdpTestClient stranger, List<String> received) {
		UdpChannel socket = context.getBean(SocketRegistry.class).udpSocket(name);
		assertThat(socket.send("to the peer")).isTrue();
		assertThat(peer.receive()).isEqualTo("to the peer");
		stranger.send("from a stranger", socket.port());
		peer.send("from the peer", socket.port());
		await().atMost(WAIT).until(() -> received.contains("from the peer"));
		assertThat(received).containsExactly("from the peer");
	}

	static class Annotated {

		final List<String> received = new CopyOnWriteArrayList<>();

		@UdpSocket(name = "annotated", host = "127.0.0.1", port = "0", connectHost = "127.0.0.1",
				connectPort = "${peer.port}")
		void data(String datagram) {
			this.received.add(datagram);
		}

	}

	static class Plain {

		final List<String> received = new CopyOnWriteArrayList<>();

		@UdpSocket(name = "plain", host = "127.0.0.1", port = "0")
		void data(String datagram) {
			this.received.add(datagram);
		}

	}

}
