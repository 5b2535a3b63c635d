package io.sockwork.boot.actuate;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.sockwork.boot.actuate.SocketsEndpoint.SocketDescriptor;
import io.sockwork.boot.actuate.SocketsEndpoint.TcpClientDescriptor;
import io.sockwork.boot.actuate.SocketsEndpoint.TcpListenerDescriptor;
import io.sockwork.boot.annotation.TcpClient;
import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.boot.autoconfigure.SockworkAutoConfiguration;
import io.sockwork.boot.autoconfigure.TestClient;
import io.sockwork.boot.handler.TcpHandlerDecorator;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.core.SocketEngine;
import io.sockwork.core.TcpHandler;
import io.sockwork.core.TcpListenOptions;
import io.sockwork.core.TcpServer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for the {@code sockets} endpoint and health indicator and their
 * auto-configurations.
 */
class SocketsActuatorAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SockworkAutoConfiguration.class,
				SocketsEndpointAutoConfiguration.class, SocketsHealthContributorAutoConfiguration.class))
		.withPropertyValues("management.endpoints.web.exposure.include=sockets")
		.withBean(Lines.class, Lines::new);

	@Test
	void endpointDescribesEveryListenerWithItsAddressStateAndCounts() {
		this.contextRunner.run((context) -> {
			TcpServer<?> server = context.getBean(SocketRegistry.class).server("lines");
			SocketsEndpoint endpoint = context.getBean(SocketsEndpoint.class);
			try (TestClient client = new TestClient(server.port())) {
				assertThat(client.send("secret payload\n").readLine()).isEqualTo("secret payload");
				await().until(() -> counts(endpoint).connections() == 1);
				SocketDescriptor socket = endpoint.sockets().sockets().get(0);
				assertThat(socket).isInstanceOfSatisfying(TcpListenerDescriptor.class, (listener) -> {
					assertThat(listener.name()).isEqualTo("lines");
					assertThat(listener.transport()).isEqualTo("tcp");
					assertThat(listener.address()).isEqualTo("127.0.0.1:" + server.port());
					assertThat(listener.tls()).isFalse();
					assertThat(listener.state()).isEqualTo("listening");
					assertThat(listener.counts().bytesReceived()).isEqualTo(15);
					assertThat(listener.counts().bytesSent()).isEqualTo(15);
					assertThat(listener.counts().writesBackpressured()).isZero();
					assertThat(listener.counts().drains()).isZero();
				});
				assertThat(socket.toString()).doesNotContain("secret");
			}
		});
	}

	@Test
	void endpointSelectsOneSocketByName() {
		this.contextRunner.run((context) -> {
			SocketsEndpoint endpoint = context.getBean(SocketsEndpoint.class);
			assertThat(endpoint.socket("lines").sockets()).extracting(SocketDescriptor::name).containsExactly("lines");
			assertThat(endpoint.socket("nope")).isNull();
		});
	}

	@Test
	void writeOperationReloadsTheHandlersOfARunningListenerKeepingItsConnections() {
		AtomicInteger handlerSets = new AtomicInteger();
		TcpHandlerDecorator counting = (name, handler) -> {
			handlerSets.incrementAndGet();
			return handler;
		};
		this.contextRunner.withBean(TcpHandlerDecorator.class, () -> counting).run((context) -> {
			TcpServer<?> server = context.getBean(SocketRegistry.class).server("lines");
			try (TestClient client = new TestClient(server.port())) {
				assertThat(client.send("before\n").readLine()).isEqualTo("before");
				assertThat(handlerSets.get()).isEqualTo(1);
				SocketDescriptor listener = context.getBean(SocketsEndpoint.class).reload().sockets().get(0);
				assertThat(handlerSets.get()).isEqualTo(2);
				assertThat(listener.state()).isEqualTo("listening");
				assertThat(context.getBean(SocketRegistry.class).server("lines")).isSameAs(server);
				assertThat(client.send("after\n").readLine()).isEqualTo("after");
			}
		});
	}

	@Test
	void endpointListsClientsConnectedOrConnecting() {
		try (SocketEngine upstreamEngine = new SocketEngine()) {
			TcpServer<Void> upstream = upstreamEngine.listen(TcpListenOptions.port(0).withHost("127.0.0.1"),
					new TcpHandler<Void>() {
					});
			this.contextRunner.withBean(Feed.class, Feed::new)
				.withPropertyValues("upstream.port=" + upstream.port(),
						"sockwork.tcp.clients.feed.reconnect.initial-delay=20ms",
						"sockwork.tcp.clients.feed.reconnect.max-delay=50ms")
				.run((context) -> {
					SocketsEndpoint endpoint = context.getBean(SocketsEndpoint.class);
					await().untilAsserted(() -> assertThat(endpoint.socket("feed").sockets()).singleElement()
						.isEqualTo(new TcpClientDescriptor("feed", "tcp", "127.0.0.1:" + upstream.port(), false,
								"connected", 0L)));
					upstream.stop(true);
					await().untilAsserted(() -> assertThat(endpoint.socket("feed").sockets()).singleElement()
						.isEqualTo(new TcpClientDescriptor("feed", "tcp", null, null, "connecting", null)));
				});
		}
	}

	@Test
	void endpointShowsAStoppedListenerWithoutAddress() {
		this.contextRunner.run((context) -> {
			context.getBean(SocketRegistry.class).stop();
			SocketDescriptor socket = context.getBean(SocketsEndpoint.class).sockets().sockets().get(0);
			assertThat(socket.state()).isEqualTo("stopped");
			assertThat(socket.address()).isNull();
		});
	}

	@Test
	void healthIsUpWhileEveryListenerIsBoundAndDownOnceOneIsNot() {
		this.contextRunner.run((context) -> {
			HealthIndicator indicator = context.getBean("socketsHealthIndicator", HealthIndicator.class);
			int port = context.getBean(SocketRegistry.class).server("lines").port();
			Health up = indicator.health();
			assertThat(up.getStatus()).isEqualTo(Status.UP);
			assertThat(up.getDetails()).containsEntry("tcp",
					Map.of("lines", Map.of("state", "listening", "address", "127.0.0.1:" + port)));
			context.getBean(SocketRegistry.class).stop();
			Health down = indicator.health();
			assertThat(down.getStatus()).isEqualTo(Status.DOWN);
			assertThat(down.getDetails()).containsEntry("tcp", Map.of("lines", Map.of("state", "stopped")));
		});
	}

	@Test
	void endpointIsNotCreatedUnlessExposed() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(SockworkAutoConfiguration.class, SocketsEndpointAutoConfiguration.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(SocketsEndpoint.class));
	}

	@Test
	void healthIndicatorCanBeDisabled() {
		this.contextRunner.withPropertyValues("management.health.sockets.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(SocketsHealthIndicator.class));
	}

	@Test
	void backsOffWithoutActuator() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(Endpoint.class, HealthIndicator.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(SocketsEndpoint.class)
				.doesNotHaveBean(SocketsHealthIndicator.class));
	}

	@Test
	void aConnectionThatSendsLessThanAProxyHeaderWithinTheTimeoutIsClosedAndShownAsRejectedOnce() {
		this.contextRunner
			.withPropertyValues("sockwork.tcp.listeners.lines.proxy-protocol=true",
					"sockwork.tcp.listeners.lines.proxy-protocol-timeout=200ms")
			.run((context) -> {
				SocketsEndpoint endpoint = context.getBean(SocketsEndpoint.class);
				int port = context.getBean(SocketRegistry.class).server("lines").port();
				try (TestClient client = new TestClient(port)) {
					client.send("PROXY TCP4");
					assertThat(client.readToEnd()).isEmpty();
				}
				await().until(() -> counts(endpoint).proxyHeadersRejected() == 1);
				assertThat(counts(endpoint).opened()).isZero();
				assertThat(counts(endpoint).rejected()).isZero();
			});
	}

	private static SocketsEndpoint.TcpCounts counts(SocketsEndpoint endpoint) {
		return ((TcpListenerDescriptor) endpoint.socket("lines").sockets().get(0)).counts();
	}

	static class Lines {

		@TcpListener(name = "lines", host = "127.0.0.1", port = "0")
		String data(String text) {
			return text;
		}

	}

	static class Feed {

		@TcpClient(name = "feed", host = "127.0.0.1", port = "${upstream.port}")
		void data(String text) {
		}

	}

}
