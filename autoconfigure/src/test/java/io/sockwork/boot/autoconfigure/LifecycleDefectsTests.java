package io.sockwork.boot.autoconfigure;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netty.pkitesting.X509Bundle;
import io.sockwork.boot.actuate.SocketsEndpoint.UdpSocketDescriptor;
import io.sockwork.boot.actuate.SocketsEndpoint;
import io.sockwork.boot.actuate.SocketsEndpointAutoConfiguration;
import io.sockwork.boot.actuate.SocketsHealthContributorAutoConfiguration;
import io.sockwork.boot.annotation.TcpClient;
import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.boot.annotation.UdpSocket;
import io.sockwork.boot.config.InvalidListenerException;
import io.sockwork.boot.config.TcpListenerSettingsCustomizer;
import io.sockwork.boot.metrics.SockworkMetricsAutoConfiguration;
import io.sockwork.boot.registry.ReloadResult;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.core.EngineOptions;
import io.sockwork.core.SocketEngine;
import io.sockwork.core.TcpHandler;
import io.sockwork.core.TcpListenOptions;
import io.sockwork.core.TcpServer;
import io.sockwork.core.TcpSocket;
import io.sockwork.core.UdpChannel;
import io.sockwork.testsupport.TestCertificates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.AvailabilityProbesAutoConfiguration;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.boot.health.autoconfigure.application.AvailabilityHealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.ssl.DefaultSslBundleRegistry;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.ssl.pem.PemSslStoreBundle;
import org.springframework.boot.ssl.pem.PemSslStoreDetails;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.cloud.autoconfigure.ConfigurationPropertiesRebinderAutoConfiguration;
import org.springframework.cloud.autoconfigure.RefreshAutoConfiguration;
import org.springframework.cloud.context.refresh.ContextRefresher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for the nine defects of issue 13, each of which this test class shows on the code
 * before the one lifecycle: health with clients, meters after a reload, UDP reloads that
 * compared only the port, clients a reload ignored, a UDP failure that stopped every
 * socket, piled-up SSL bundle handlers, child contexts that reloaded, properties naming
 * nothing, and counters no meter read. Reloads here go through
 * {@link SocketRegistry#reload()} with placeholders changed in the environment, as a
 * refresh does.
 */
@ExtendWith(OutputCaptureExtension.class)
class LifecycleDefectsTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(SockworkAutoConfiguration.class, SockworkMetricsAutoConfiguration.class,
						SocketsEndpointAutoConfiguration.class, SocketsHealthContributorAutoConfiguration.class))
		.withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new)
		.withPropertyValues("management.endpoints.web.exposure.include=sockets");

	/**
	 * The server side of clients, outside the application, as a remote service would be.
	 */
	private final SocketEngine upstreamEngine = new SocketEngine(EngineOptions.defaults().withThreads(1));

	private final List<TcpSocket<Void>> accepted = new CopyOnWriteArrayList<>();

	@AfterEach
	void closeUpstream() {
		this.upstreamEngine.close();
	}

	// 1. Health is DOWN for every application that declares a @TcpClient

	@Test
	void connectedClientLeavesHealthUp() {
		TcpServer<Void> upstream = upstream();
		feedRunner().withPropertyValues("feed.port=" + upstream.port()).run((context) -> {
			await().until(() -> registry(context).client("feed") != null);
			Health health = health(context);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("clients",
					Map.of("feed", Map.of("state", "connected", "address", "127.0.0.1:" + upstream.port())));
		});
	}

	@Test
	void clientWhoseServerIsDownLeavesHealthUpWithConnectingInTheDetails() {
		feedRunner().withPropertyValues("feed.port=" + TestClient.freePort()).run((context) -> {
			Health health = health(context);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("clients", Map.of("feed", Map.of("state", "connecting")));
		});
	}

	@Test
	void requiredClientWhoseServerIsDownMakesHealthDown() {
		feedRunner().withPropertyValues("feed.port=" + TestClient.freePort(), "sockwork.tcp.clients.feed.required=true")
			.run((context) -> {
				Health health = health(context);
				assertThat(health.getStatus()).isEqualTo(Status.DOWN);
				assertThat(health.getDetails()).containsEntry("clients", Map.of("feed", Map.of("state", "connecting")));
			});
	}

	// 2. Meters go stale after a reload

	@Test
	void metersFollowAListenerThatMovedInAReloadAndReadItsNewServer() {
		this.contextRunner.withBean(Moving.class).run((context) -> {
			SocketRegistry registry = registry(context);
			TcpServer<?> before = registry.server("moving");
			try (TestClient client = new TestClient(before.port())) {
				assertThat(client.send("one\n").readLine()).isEqualTo("one");
			}
			int newPort = TestClient.freePort();
			TestPropertyValues.of("moving.port=" + newPort).applyTo(context);
			assertThat(registry.reload().isSuccess()).isTrue();
			TcpServer<?> after = registry.server("moving");
			assertThat(after.port()).isEqualTo(newPort);
			try (TestClient client = new TestClient(newPort)) {
				assertThat(client.send("two\n").readLine()).isEqualTo("two");
			}
			await().until(() -> after.stats().bytesReceived() == 4);
			assertThat(meters(context).get("sockwork.bytes.received").tag("name", "moving").functionCounter().count())
				.isEqualTo(4);
			assertThat(meters(context).find("sockwork.bytes.received").tag("name", "moving").meters()).hasSize(1);
		});
	}

	// 3. UDP reload compares only the port

	@Test
	void udpReloadJoinsANewMulticastGroupAndLeavesTheOneItJoined() {
		this.contextRunner.withBean(Telemetry.class).run((context) -> {
			SocketRegistry registry = registry(context);
			UdpChannel channel = registry.udpSocket("telemetry");
			assertThat(registry.udpSocketGroups("telemetry")).containsExactly("239.77.4.1");
			try (UdpTestClient client = new UdpTestClient()) {
				assertThat(client.send("before", "239.77.4.1", channel.port()).receive()).isEqualTo("before");
				TestPropertyValues.of("telemetry.group=239.77.4.2").applyTo(context);
				assertThat(registry.reload().isSuccess()).isTrue();
				assertThat(registry.udpSocket("telemetry")).isSameAs(channel);
				assertThat(registry.udpSocketGroups("telemetry")).containsExactly("239.77.4.2");
				assertThat(client.send("after", "239.77.4.2", channel.port()).receive()).isEqualTo("after");
			}
		});
	}

	@Test
	void udpReloadRebindsAChangedHost() {
		this.contextRunner.withBean(UdpEcho.class).run((context) -> {
			SocketRegistry registry = registry(context);
			UdpChannel before = registry.udpSocket("udp-echo");
			try (UdpTestClient client = new UdpTestClient()) {
				assertThat(client.send("before", before.port()).receive()).isEqualTo("before");
				TestPropertyValues.of("udp-echo.host=127.0.0.2").applyTo(context);
				assertThat(registry.reload().isSuccess()).isTrue();
				UdpChannel after = registry.udpSocket("udp-echo");
				assertThat(after.address().getAddress().getHostAddress()).isEqualTo("127.0.0.2");
				await().until(before::isClosed);
				assertThat(client.send("after", "127.0.0.2", after.port()).receive()).isEqualTo("after");
			}
		});
	}

	@Test
	void springCloudRefreshOfAUdpBufferSettingReplacesTheChannelOnItsPort() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(UdpRefreshApplication.class)
			.web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.properties("sockwork.udp.sockets.udp-echo.port=" + TestClient.freePort())
			.run(); UdpTestClient client = new UdpTestClient()) {
			SocketRegistry registry = context.getBean(SocketRegistry.class);
			UdpChannel before = registry.udpSocket("udp-echo");
			assertThat(client.send("x".repeat(200), before.port()).receive()).hasSize(200);
			TestPropertyValues.of("sockwork.udp.sockets.udp-echo.max-datagram-size=100B").applyTo(context);
			context.getBean(ContextRefresher.class).refresh();
			UdpChannel after = registry.udpSocket("udp-echo");
			assertThat(after).isNotSameAs(before);
			assertThat(after.port()).isEqualTo(before.port());
			client.send("y".repeat(200), after.port());
			await().until(() -> after.stats().datagramsDropped() == 1);
			assertThat(client.send("small", after.port()).receive()).isEqualTo("small");
		}
	}

	// 4. A @TcpClient removed by a refresh keeps running; a changed port is ignored

	@Test
	void clientWhosePortChangedInAReloadConnectsToTheNewServer() {
		TcpServer<Void> first = upstream();
		feedRunner().withPropertyValues("feed.port=" + first.port()).run((context) -> {
			await().until(() -> this.accepted.size() == 1);
			TcpServer<Void> second = upstream();
			TestPropertyValues.of("feed.port=" + second.port()).applyTo(context);
			assertThat(registry(context).reload().isSuccess()).isTrue();
			await().until(() -> second.connectionCount() == 1);
			await().until(() -> first.connectionCount() == 0);
		});
	}

	@Test
	void clientNoLongerDeclaredAfterAReloadStops() {
		TcpServer<Void> upstream = upstream();
		feedRunner().withPropertyValues("feed.port=" + upstream.port()).run((context) -> {
			await().until(() -> upstream.connectionCount() == 1);
			TestPropertyValues.of("feed.name=renamed").applyTo(context);
			assertThat(registry(context).reload().isSuccess()).isTrue();
			assertThat(registry(context).clientNames()).containsExactly("renamed");
			await().until(() -> this.accepted.size() == 2);
			await().until(() -> upstream.connectionCount() == 1);
		});
	}

	// 5. A UDP failure during reload() stops every socket

	@Test
	void reloadInWhichOneUdpSocketCannotBindLeavesItAndTheOthersServing(CapturedOutput output) throws IOException {
		try (DatagramSocket blocker = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
			this.contextRunner.withBean(UdpEcho.class)
				.withBean(Moving.class)
				.withBean(Telemetry.class)
				.run((context) -> {
					SocketRegistry registry = registry(context);
					UdpChannel echo = registry.udpSocket("udp-echo");
					TcpServer<?> listener = registry.server("moving");
					TestPropertyValues.of("udp-echo.port=" + blocker.getLocalPort()).applyTo(context);
					ReloadResult result = registry.reload();
					assertThat(result.failures()).containsOnlyKeys("udp-echo");
					assertThat(output).contains("UDP socket 'udp-echo' could not be reloaded and is left as it was");
					UdpSocketDescriptor described = (UdpSocketDescriptor) context.getBean(SocketsEndpoint.class)
						.socket("udp-echo")
						.sockets()
						.get(0);
					assertThat(described.state()).isEqualTo("listening");
					assertThat(described.failure()).contains(String.valueOf(blocker.getLocalPort()));
					assertThat(registry.udpSocket("udp-echo")).isSameAs(echo);
					try (UdpTestClient client = new UdpTestClient(); TestClient tcp = new TestClient(listener.port())) {
						assertThat(client.send("still", echo.port()).receive()).isEqualTo("still");
						assertThat(client.send("group", "239.77.4.1", registry.udpSocket("telemetry").port()).receive())
							.isEqualTo("group");
						assertThat(tcp.send("served\n").readLine()).isEqualTo("served");
					}
					assertThat(meters(context).find("sockwork.udp.datagrams.received").meters()).hasSize(2);
					assertThat(meters(context).find("sockwork.connections.active").tag("name", "moving").meters())
						.hasSize(1);
					assertThat(health(context).getStatus()).isEqualTo(Status.UP);
				});
		}
	}

	// 6. TLS bundle-update handlers pile up on every reload

	@Test
	void reloadsRegisterOneBundleUpdateHandlerPerBundle() {
		CountingSslBundles bundles = new CountingSslBundles(TestCertificates.server("one"));
		this.contextRunner.withBean(SslBundles.class, () -> bundles)
			.withBean(Moving.class)
			.withPropertyValues("sockwork.tcp.listeners.moving.tls.bundle=server")
			.run((context) -> {
				for (int i = 0; i < 3; i++) {
					assertThat(registry(context).reload().isSuccess()).isTrue();
				}
				assertThat(bundles.updateHandlers).hasValue(1);
				assertThat(registry(context).server("moving").isTls()).isTrue();
			});
	}

	// 7. Any child context's refresh reloads every socket

	@Test
	void childContextRefreshDoesNotReloadTheSockets() {
		AtomicInteger resolutions = new AtomicInteger();
		TcpListenerSettingsCustomizer counting = (settings) -> resolutions.incrementAndGet();
		this.contextRunner.withBean(Moving.class)
			.withBean(TcpListenerSettingsCustomizer.class, () -> counting)
			.run((context) -> {
				assertThat(resolutions).hasValue(1);
				try (AnnotationConfigApplicationContext child = new AnnotationConfigApplicationContext()) {
					child.setParent(context.getSourceApplicationContext());
					child.refresh();
				}
				assertThat(resolutions).hasValue(1);
			});
	}

	// 8. A property naming no declared socket is silently ignored

	@Test
	void listenerPropertiesNamingNoDeclaredListenerFailStartUp() {
		this.contextRunner.withBean(Moving.class)
			.withPropertyValues("sockwork.tcp.listeners.movnig.tls.bundle=server")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidListenerException.class)
				.hasMessageContaining("sockwork.tcp.listeners.movnig.* names no listener")
				.hasMessageContaining("(declared: [moving])"));
	}

	@Test
	void udpSocketAndClientPropertiesNamingNothingFailStartUp() {
		this.contextRunner.withBean(UdpEcho.class)
			.withPropertyValues("sockwork.udp.sockets.udp-ecoh.port=0")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("sockwork.udp.sockets.udp-ecoh.* names no UDP socket")
				.hasMessageContaining("(declared: [udp-echo])"));
		feedRunner().withPropertyValues("feed.port=1", "sockwork.tcp.clients.fede.port=1")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("sockwork.tcp.clients.fede.* names no client")
				.hasMessageContaining("(declared: [feed])"));
	}

	@Test
	void udpSocketAndClientPropertiesAreValidatedWhenBound() {
		this.contextRunner.withBean(UdpEcho.class)
			.withPropertyValues("sockwork.udp.sockets.udp-echo.ttl=300",
					"sockwork.udp.sockets.udp-echo.max-datagram-size=70000B")
			.run((context) -> assertThat(context).getFailure()
				.hasStackTraceContaining("udp.sockets[udp-echo].ttl")
				.hasStackTraceContaining("udp.sockets[udp-echo].maxDatagramSize"));
		feedRunner().withPropertyValues("feed.port=1", "sockwork.tcp.clients.feed.reconnect.jitter=2")
			.run((context) -> assertThat(context).getFailure()
				.hasStackTraceContaining("tcp.clients[feed].reconnect.jitter"));
	}

	// 9. Counters nobody can read

	@Test
	void clientsHaveMetersOfTheirStateConnectionsReconnectsAndBytes() {
		TcpServer<Void> upstream = upstream();
		feedRunner().withPropertyValues("feed.port=" + upstream.port()).run((context) -> {
			await().until(() -> this.accepted.size() == 1);
			this.accepted.get(0).write("hello\n");
			MeterRegistry meters = meters(context);
			await().until(() -> clientMeter(meters, "sockwork.bytes.received") == 6);
			assertThat(meters.get("sockwork.client.connected").tag("name", "feed").gauge().value()).isEqualTo(1);
			assertThat(clientMeter(meters, "sockwork.connections.opened")).isEqualTo(1);
			assertThat(clientMeter(meters, "sockwork.client.reconnects")).isZero();
			upstream.stop(true);
			await().until(() -> meters.get("sockwork.client.connected").tag("name", "feed").gauge().value() == 0);
			await().until(() -> clientMeter(meters, "sockwork.client.reconnects") >= 1);
		});
	}

	@Test
	void udpHandlerErrorsAndRejectedProxyHeadersHaveMeters() {
		this.contextRunner.withBean(FailingUdp.class)
			.withBean(Moving.class)
			.withPropertyValues("sockwork.tcp.listeners.moving.proxy-protocol=true")
			.run((context) -> {
				MeterRegistry meters = meters(context);
				try (UdpTestClient client = new UdpTestClient()) {
					client.send("boom", registry(context).udpSocket("failing").port());
				}
				await().until(() -> meters.get("sockwork.handler.errors")
					.tags("name", "failing", "transport", "udp", "event", "any")
					.functionCounter()
					.count() == 1);
				try (TestClient client = new TestClient(registry(context).server("moving").port())) {
					assertThat(client.send("not a proxy header\r\n").readToEnd()).isEmpty();
				}
				await().until(() -> meters.get("sockwork.connections.rejected")
					.tags("name", "moving", "reason", "proxy-header")
					.functionCounter()
					.count() == 1);
			});
	}

	// Readiness follows the listeners after a reload

	@Test
	void reloadThatLeavesAListenerUnboundRefusesTrafficUntilItIsBound() throws IOException {
		try (ServerSocket blocker = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
			this.contextRunner.withConfiguration(AutoConfigurations.of(ApplicationAvailabilityAutoConfiguration.class))
				.withBean(Moving.class)
				.run((context) -> {
					ApplicationAvailability availability = context.getBean(ApplicationAvailability.class);
					TestPropertyValues.of("moving.name=late", "moving.port=" + blocker.getLocalPort()).applyTo(context);
					assertThat(registry(context).reload().failures()).containsOnlyKeys("late");
					assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
					assertThat(health(context).getStatus()).isEqualTo(Status.DOWN);
					TestPropertyValues.of("moving.port=0").applyTo(context);
					assertThat(registry(context).reload().isSuccess()).isTrue();
					assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
					assertThat(health(context).getStatus()).isEqualTo(Status.UP);
				});
		}
	}

	/**
	 * The context runner with the "feed" client, which retries fast.
	 */
	private ApplicationContextRunner feedRunner() {
		return this.contextRunner.withBean(Feed.class)
			.withPropertyValues("sockwork.tcp.clients.feed.reconnect.initial-delay=20ms",
					"sockwork.tcp.clients.feed.reconnect.max-delay=50ms");
	}

	@Test
	void readinessGroupIncludingTheSocketsIndicatorIsDownWhileAListenerIsNotBound() throws IOException {
		try (ServerSocket blocker = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
			this.contextRunner
				.withConfiguration(AutoConfigurations.of(ApplicationAvailabilityAutoConfiguration.class,
						HealthContributorAutoConfiguration.class, HealthContributorRegistryAutoConfiguration.class,
						HealthEndpointAutoConfiguration.class, AvailabilityHealthContributorAutoConfiguration.class,
						AvailabilityProbesAutoConfiguration.class))
				.withPropertyValues("management.endpoints.web.exposure.include=health,sockets",
						"management.endpoint.health.probes.enabled=true",
						"management.endpoint.health.group.readiness.include=readinessState,sockets")
				.withBean(Moving.class)
				.run((context) -> {
					// What Spring Boot publishes once the application is ready.
					AvailabilityChangeEvent.publish(context, LivenessState.CORRECT);
					AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
					HealthEndpoint health = context.getBean(HealthEndpoint.class);
					assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.UP);
					TestPropertyValues.of("moving.name=late", "moving.port=" + blocker.getLocalPort()).applyTo(context);
					registry(context).reload();
					assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.DOWN);
					assertThat(health.healthForPath("liveness").getStatus()).isEqualTo(Status.UP);
				});
		}
	}

	private TcpServer<Void> upstream() {
		return this.upstreamEngine.listen(TcpListenOptions.port(0).withHost("127.0.0.1"), new TcpHandler<>() {
			@Override
			public void open(TcpSocket<Void> socket) {
				LifecycleDefectsTests.this.accepted.add(socket);
			}
		});
	}

	private static double clientMeter(MeterRegistry meters, String name) {
		return meters.get(name).tags("name", "feed", "transport", "tcp").functionCounter().count();
	}

	private static SocketRegistry registry(AssertableApplicationContext context) {
		return context.getBean(SocketRegistry.class);
	}

	private static MeterRegistry meters(AssertableApplicationContext context) {
		return context.getBean(MeterRegistry.class);
	}

	private static Health health(AssertableApplicationContext context) {
		return context.getBean("socketsHealthIndicator", HealthIndicator.class).health();
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ RefreshAutoConfiguration.class, ConfigurationPropertiesRebinderAutoConfiguration.class,
			SockworkAutoConfiguration.class })
	@Import(UdpEcho.class)
	static class UdpRefreshApplication {

	}

	static class Feed {

		@TcpClient(name = "${feed.name:feed}", host = "127.0.0.1", port = "${feed.port}")
		void data(String text) {
		}

	}

	static class Moving {

		@TcpListener(name = "${moving.name:moving}", host = "127.0.0.1", port = "${moving.port:0}")
		String echo(String text) {
			return text;
		}

	}

	static class UdpEcho {

		@UdpSocket(name = "udp-echo", host = "${udp-echo.host:127.0.0.1}", port = "${udp-echo.port:0}")
		String echo(String text) {
			return text;
		}

	}

	static class Telemetry {

		@UdpSocket(name = "telemetry", host = "0.0.0.0", port = "0", groups = "${telemetry.group:239.77.4.1}",
				multicastInterface = "lo", multicastLoopback = "true")
		String echo(String text) {
			return text;
		}

	}

	static class FailingUdp {

		@UdpSocket(name = "failing", host = "127.0.0.1", port = "0")
		void fail(String text) {
			throw new IllegalStateException("handler failed on " + text);
		}

	}

	/**
	 * Spring Boot's registry of SSL bundles, counting the update handlers added to it.
	 */
	static final class CountingSslBundles implements SslBundles {

		private final DefaultSslBundleRegistry delegate = new DefaultSslBundleRegistry();

		final AtomicInteger updateHandlers = new AtomicInteger();

		CountingSslBundles(X509Bundle certificate) {
			PemSslStoreDetails keyStore = PemSslStoreDetails.forCertificate(certificate.getCertificatePathPEM())
				.withPrivateKey(certificate.getPrivateKeyPEM());
			this.delegate.registerBundle("server", SslBundle.of(new PemSslStoreBundle(keyStore, null)));
		}

		@Override
		public SslBundle getBundle(String name) {
			return this.delegate.getBundle(name);
		}

		@Override
		public void addBundleUpdateHandler(String name, Consumer<SslBundle> handler) {
			this.updateHandlers.incrementAndGet();
			this.delegate.addBundleUpdateHandler(name, handler);
		}

		@Override
		public void addBundleRegisterHandler(BiConsumer<String, SslBundle> handler) {
			this.delegate.addBundleRegisterHandler(handler);
		}

		@Override
		public List<String> getBundleNames() {
			return this.delegate.getBundleNames();
		}

	}

}
