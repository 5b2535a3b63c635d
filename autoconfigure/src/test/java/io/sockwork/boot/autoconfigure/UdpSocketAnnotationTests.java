package io.sockwork.boot.autoconfigure;

import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.sockwork.boot.annotation.OnDrain;
import io.sockwork.boot.annotation.OnError;
import io.sockwork.boot.annotation.OnOpen;
import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.boot.annotation.UdpSocket;
import io.sockwork.boot.config.InvalidListenerException;
import io.sockwork.boot.config.ListenerBindException;
import io.sockwork.boot.config.UdpSocketSettings;
import io.sockwork.boot.config.UdpSocketSettingsCustomizer;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.core.TcpSocket;
import io.sockwork.core.UdpChannel;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for annotated UDP socket methods: discovery, arguments, replies, errors, property
 * overrides, multicast membership and the start-up failures of misuse.
 */
class UdpSocketAnnotationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SockworkAutoConfiguration.class));

	@Test
	void returnValueOfTheDataHandlerIsSentBackToTheSender() {
		this.contextRunner.withBean(Echo.class).run((context) -> {
			SocketRegistry registry = context.getBean(SocketRegistry.class);
			assertThat(registry.udpSocketNames()).containsExactly("udp-echo");
			assertThat(registry.udpSockets()).containsOnlyKeys("udp-echo");
			UdpChannel channel = registry.udpSocket("udp-echo");
			assertThat(channel).isSameAs(registry.udpSockets().get("udp-echo"));
			assertThat(registry.udpSocket("nope")).isNull();
			assertThat(registry.servers()).isEmpty();
			try (UdpTestClient client = new UdpTestClient()) {
				assertThat(client.send("hello", channel.port()).receive()).isEqualTo("hello");
				assertThat(client.send("again", channel.port()).receive()).isEqualTo("again");
			}
		});
	}

	@Test
	void parametersAreResolvedByTypeAndTheSenderIsTheAddressTheDatagramCameFrom() {
		this.contextRunner.withBean(AllParameters.class).run((context) -> {
			UdpChannel channel = context.getBean(SocketRegistry.class).udpSocket("all");
			try (UdpTestClient client = new UdpTestClient()) {
				assertThat(client.send("héllo", channel.port()).receive())
					.isEqualTo("héllo 6 bytes from 127.0.0.1:" + client.port() + " to " + channel.port());
			}
		});
	}

	@Test
	void exceptionOfTheDataHandlerReachesTheErrorHandlerAndTheSocketKeepsServing() {
		this.contextRunner.withBean(Failing.class).run((context) -> {
			Failing failing = context.getBean(Failing.class);
			UdpChannel channel = context.getBean(SocketRegistry.class).udpSocket("failing");
			try (UdpTestClient client = new UdpTestClient()) {
				client.send("fail once", channel.port());
				await().untilAsserted(() -> assertThat(failing.errors).containsExactly("fail once"));
				assertThat(client.send("still here", channel.port()).receive()).isEqualTo("still here");
			}
			assertThat(channel.isClosed()).isFalse();
		});
	}

	@Test
	void propertiesOverrideTheAnnotationOfTheSocketWithTheirName() {
		this.contextRunner.withBean(PrivilegedPort.class)
			.withPropertyValues("sockwork.udp.sockets.privileged.port=0",
					"sockwork.udp.sockets.privileged.host=127.0.0.1")
			.run((context) -> {
				UdpChannel channel = context.getBean(SocketRegistry.class).udpSocket("privileged");
				assertThat(channel.port()).isNotEqualTo(1).isPositive();
				assertThat(channel.address().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
				try (UdpTestClient client = new UdpTestClient()) {
					assertThat(client.send("overridden", channel.port()).receive()).isEqualTo("overridden");
				}
			});
	}

	@Test
	void multicastGroupFromPropertiesIsJoinedOnLoopbackAndLeftWhenTheRegistryStops() {
		this.contextRunner.withBean(Telemetry.class)
			.withPropertyValues("sockwork.udp.sockets.telemetry.host=0.0.0.0",
					"sockwork.udp.sockets.telemetry.multicast.groups=239.77.1.1",
					"sockwork.udp.sockets.telemetry.multicast.interface=lo",
					"sockwork.udp.sockets.telemetry.multicast.loopback=true")
			.run((context) -> {
				Telemetry telemetry = context.getBean(Telemetry.class);
				SocketRegistry registry = context.getBean(SocketRegistry.class);
				UdpChannel channel = registry.udpSocket("telemetry");
				try (UdpTestClient client = new UdpTestClient()) {
					client.send("to the group", "239.77.1.1", channel.port());
					await().untilAsserted(() -> assertThat(telemetry.received).containsExactly("to the group"));
					CountDownLatch stopped = new CountDownLatch(1);
					registry.stop(stopped::countDown);
					assertThat(stopped.await(5, TimeUnit.SECONDS)).isTrue();
					await().untilAsserted(() -> assertThat(channel.isClosed()).isTrue());
					assertThat(registry.udpSockets()).isEmpty();
					assertThat(registry.udpSocketNames()).containsExactly("telemetry");
					registry.start();
					UdpChannel restarted = registry.udpSocket("telemetry");
					client.send("after a restart", "239.77.1.1", restarted.port());
					await().untilAsserted(
							() -> assertThat(telemetry.received).containsExactly("to the group", "after a restart"));
				}
			});
	}

	@Test
	void everyPropertyOfASocketReachesItsSettingsBeforeLaterCustomizers() {
		AtomicReference<UdpSocketSettings> captured = new AtomicReference<>();
		this.contextRunner.withBean(AnnotatedMulticast.class)
			.withBean(UdpSocketSettingsCustomizer.class, () -> captured::set)
			.withPropertyValues("sockwork.udp.sockets.annotated-multicast.host=127.0.0.1",
					"sockwork.udp.sockets.annotated-multicast.port=0",
					"sockwork.udp.sockets.annotated-multicast.broadcast=true",
					"sockwork.udp.sockets.annotated-multicast.receive-buffer-size=256KB",
					"sockwork.udp.sockets.annotated-multicast.max-datagram-size=1KB",
					"sockwork.udp.sockets.annotated-multicast.multicast.groups=232.77.1.5,232.77.1.6",
					"sockwork.udp.sockets.annotated-multicast.multicast.source=127.0.0.1",
					"sockwork.udp.sockets.annotated-multicast.multicast.interface=127.0.0.1",
					"sockwork.udp.sockets.annotated-multicast.multicast.ttl=4",
					"sockwork.udp.sockets.annotated-multicast.multicast.loopback=false")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				UdpSocketSettings settings = captured.get();
				assertThat(settings.getName()).isEqualTo("annotated-multicast");
				assertThat(settings.getHost()).isEqualTo("127.0.0.1");
				assertThat(settings.getPort()).isZero();
				assertThat(settings.isBroadcast()).isTrue();
				assertThat(settings.getTtl()).isNull();
				assertThat(settings.getReceiveBufferSize()).isEqualTo(DataSize.ofKilobytes(256));
				assertThat(settings.getMaxDatagramSize()).isEqualTo(DataSize.ofKilobytes(1));
				assertThat(settings.getMulticastGroups()).containsExactly("232.77.1.5", "232.77.1.6");
				assertThat(settings.getMulticastSource()).isEqualTo("127.0.0.1");
				assertThat(settings.getMulticastInterface()).isEqualTo("127.0.0.1");
				assertThat(settings.getMulticastTtl()).isEqualTo(4);
				assertThat(settings.getMulticastLoopback()).isFalse();
			});
	}

	@Test
	void sourceSpecificMembershipFromPropertiesReceivesFromItsSource() {
		this.contextRunner.withBean(Telemetry.class)
			.withPropertyValues("sockwork.udp.sockets.telemetry.host=0.0.0.0",
					"sockwork.udp.sockets.telemetry.multicast.groups=232.77.1.4",
					"sockwork.udp.sockets.telemetry.multicast.source=127.0.0.1",
					"sockwork.udp.sockets.telemetry.multicast.interface=lo")
			.run((context) -> {
				Telemetry telemetry = context.getBean(Telemetry.class);
				UdpChannel channel = context.getBean(SocketRegistry.class).udpSocket("telemetry");
				try (UdpTestClient client = new UdpTestClient()) {
					client.send("from the source", "232.77.1.4", channel.port());
					await().untilAsserted(() -> assertThat(telemetry.received).containsExactly("from the source"));
				}
			});
	}

	/**
	 * The unicast TTL needs a native transport: failing on NIO shows that the property
	 * reached the channel.
	 */
	@Test
	void anOptionTheTransportCannotApplyFailsStartUpNamingTheSocket() {
		this.contextRunner.withBean(Echo.class)
			.withPropertyValues("sockwork.engine.transport=nio", "sockwork.udp.sockets.udp-echo.ttl=64")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidListenerException.class)
				.hasMessageContaining("UDP socket 'udp-echo' declared by " + Echo.class.getName()
						+ ".echo(byte[]) is not configured correctly"));
	}

	@Test
	void multicastAttributesOfTheAnnotationJoinTheGroup() {
		this.contextRunner.withBean(AnnotatedMulticast.class).run((context) -> {
			AnnotatedMulticast telemetry = context.getBean(AnnotatedMulticast.class);
			UdpChannel channel = context.getBean(SocketRegistry.class).udpSocket("annotated-multicast");
			try (UdpTestClient client = new UdpTestClient()) {
				client.send("from the annotation", "239.77.1.2", channel.port());
				await().untilAsserted(() -> assertThat(telemetry.received).containsExactly("from the annotation"));
			}
		});
	}

	@Test
	void udpSocketsCloseWhenTheContextCloses() {
		UdpChannel[] channel = new UdpChannel[1];
		this.contextRunner.withBean(Echo.class)
			.run((context) -> channel[0] = context.getBean(SocketRegistry.class).udpSocket("udp-echo"));
		assertThat(channel[0].isClosed()).isTrue();
	}

	@Test
	void aTakenPortFailsStartUpWithABindFailureNamingTheSocket() throws SocketException {
		try (DatagramSocket taken = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
			this.contextRunner.withBean(Echo.class)
				.withPropertyValues("sockwork.udp.sockets.udp-echo.port=" + taken.getLocalPort())
				.run((context) -> assertThat(context).getFailure()
					.rootCause()
					.isInstanceOf(java.net.BindException.class));
			this.contextRunner.withBean(Echo.class)
				.withPropertyValues("sockwork.udp.sockets.udp-echo.port=" + taken.getLocalPort())
				.run((context) -> assertThat(context.getStartupFailure()).cause()
					.isInstanceOfSatisfying(ListenerBindException.class, (failure) -> {
						assertThat(failure.getTransport()).isEqualTo("UDP");
						assertThat(failure.getListenerName()).isEqualTo("udp-echo");
						assertThat(failure.getBindException().isAddressInUse()).isTrue();
					}));
		}
	}

	@Test
	void aGroupThatCannotBeJoinedFailsStartUpNamingTheSocket() {
		this.contextRunner.withBean(Telemetry.class)
			.withPropertyValues("sockwork.udp.sockets.telemetry.multicast.groups=239.77.1.3",
					"sockwork.udp.sockets.telemetry.multicast.interface=nosuch0")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidListenerException.class)
				.hasMessageContaining("UDP socket 'telemetry' declared by " + Telemetry.class.getName()
						+ ".data(String) is not configured correctly")
				.hasMessageContaining("nosuch0"));
	}

	@Test
	void twoDataHandlersForOneSocketFailStartUpNamingBothMethods() {
		this.contextRunner.withBean(TwoDataHandlers.class)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(InvalidListenerException.class)
				.hasMessageContaining("UDP socket 'twice' has two @UdpSocket methods")
				.hasMessageContaining(TwoDataHandlers.class.getName() + ".first(byte[])")
				.hasMessageContaining(TwoDataHandlers.class.getName() + ".second(byte[])"));
	}

	@Test
	void aTcpListenerAndAUdpSocketOfOneNameFailStartUpNamingBothMethods() {
		this.contextRunner.withBean(SameNameTwice.class)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(InvalidListenerException.class)
				// The JVM does not order a class's methods: either may be found first.
				.hasMessageContaining("'shared' is declared by @")
				.hasMessageContaining("@TcpListener method " + SameNameTwice.class.getName() + ".tcp(byte[])")
				.hasMessageContaining("@UdpSocket method " + SameNameTwice.class.getName() + ".udp(byte[])"));
	}

	@Test
	void anUnsupportedParameterFailsStartUpNamingTheMethod() {
		this.contextRunner.withBean(TcpSocketParameter.class)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(InvalidListenerException.class)
				.hasMessageContaining("Parameter 0 of type " + TcpSocket.class.getName() + " of @UdpSocket method "
						+ TcpSocketParameter.class.getName() + ".data(TcpSocket, byte[]) is not supported"));
	}

	@Test
	void anOnDrainNamingNoSocketFailsStartUpNamingTheMethod() {
		this.contextRunner.withBean(Echo.class)
			.withBean(OrphanDrain.class)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(InvalidListenerException.class)
				.hasMessageContaining("@OnDrain method " + OrphanDrain.class.getName() + ".drain(UdpChannel)")
				.hasMessageContaining("names listener 'missing', but no @TcpListener method declares it, nor any "
						+ "@TcpClient or @UdpSocket method (declared: [udp-echo])"));
	}

	@Test
	void aTcpOnlyEventNamingAUdpSocketFailsStartUpNamingTheMethod() {
		this.contextRunner.withBean(OpenOnUdp.class)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(InvalidListenerException.class)
				.hasMessageContaining("@OnOpen method " + OpenOnUdp.class.getName()
						+ ".open(UdpChannel) names UDP socket 'no-open', but UDP sockets have no such event"));
	}

	@Test
	void aReturnValueOfAnErrorHandlerOfAUdpSocketFailsStartUp() {
		this.contextRunner.withBean(ReturningError.class)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(InvalidListenerException.class)
				.hasMessageContaining(
						"Return type java.lang.String of @OnError method " + ReturningError.class.getName()
								+ ".error(Throwable) of UDP socket 'returning-error' is not supported"));
	}

	static class Echo {

		@UdpSocket(name = "udp-echo", host = "127.0.0.1", port = "0")
		byte[] echo(byte[] datagram) {
			return datagram;
		}

	}

	static class AllParameters {

		@UdpSocket(name = "all", host = "127.0.0.1", port = "${all.port:0}")
		String data(UdpChannel channel, ByteBuffer datagram, String text, InetSocketAddress sender) {
			return text + " " + datagram.remaining() + " bytes from " + sender.getAddress().getHostAddress() + ":"
					+ sender.getPort() + " to " + channel.port();
		}

	}

	/**
	 * Event methods without a name: they bind to the one UDP socket of the bean.
	 */
	static class Failing {

		final List<String> errors = new CopyOnWriteArrayList<>();

		@UdpSocket(name = "failing", host = "127.0.0.1", port = "0")
		String data(String text) {
			if (text.startsWith("fail")) {
				throw new IllegalStateException(text);
			}
			return text;
		}

		@OnDrain
		void drain(UdpChannel channel) {
		}

		@OnError
		void error(UdpChannel channel, Throwable error) {
			this.errors.add(error.getMessage());
		}

	}

	static class PrivilegedPort {

		@UdpSocket(name = "privileged", port = "1")
		ByteBuffer data(ByteBuffer datagram) {
			return datagram;
		}

	}

	static class Telemetry {

		final List<String> received = new CopyOnWriteArrayList<>();

		@UdpSocket(name = "telemetry", port = "0")
		void data(String text) {
			this.received.add(text);
		}

	}

	static class AnnotatedMulticast {

		final List<String> received = new CopyOnWriteArrayList<>();

		@UdpSocket(name = "annotated-multicast", host = "0.0.0.0", port = "0", groups = "${group:239.77.1.2}",
				multicastInterface = "lo", multicastLoopback = "true", multicastTtl = "1")
		void data(String text) {
			this.received.add(text);
		}

	}

	static class TwoDataHandlers {

		@UdpSocket(name = "twice", port = "0")
		void first(byte[] data) {
		}

		@UdpSocket(name = "twice", port = "0")
		void second(byte[] data) {
		}

	}

	static class SameNameTwice {

		@TcpListener(name = "shared", port = "0")
		void tcp(byte[] data) {
		}

		@UdpSocket(name = "shared", port = "0")
		void udp(byte[] data) {
		}

	}

	static class TcpSocketParameter {

		@UdpSocket(port = "0")
		void data(TcpSocket<?> socket, byte[] data) {
		}

	}

	static class OrphanDrain {

		@OnDrain("missing")
		void drain(UdpChannel channel) {
		}

	}

	static class OpenOnUdp {

		@UdpSocket(name = "no-open", port = "0")
		void data(byte[] data) {
		}

		@OnOpen
		void open(UdpChannel channel) {
		}

	}

	static class ReturningError {

		@UdpSocket(name = "returning-error", port = "0")
		void data(byte[] data) {
		}

		@OnError
		String error(Throwable error) {
			return "no sender to reply to";
		}

	}

}
