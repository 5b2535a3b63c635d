package io.sockwork.boot.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.sockwork.boot.registry.ServerHandoff;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.core.SocketEngine;
import io.sockwork.core.TcpHandler;
import io.sockwork.core.TcpListenOptions;
import io.sockwork.core.TcpServer;
import io.sockwork.core.TcpSocket;
import io.sockwork.core.UdpChannel;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.cloud.autoconfigure.ConfigurationPropertiesRebinderAutoConfiguration;
import org.springframework.cloud.autoconfigure.RefreshAutoConfiguration;
import org.springframework.cloud.context.refresh.ContextRefresher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotatedBeanDefinitionReader;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.AbstractRefreshableConfigApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Tests for hot reload: refreshing the context, Spring Cloud's refresh scope and a
 * DevTools-style restart keep ports and connections, and the next event goes to the new
 * handlers. Every test writes a line just before the reload and reads its reply after it,
 * so that a byte lost on the way fails the test.
 */
class HotReloadTests {

	@Test
	void clientConnectedAcrossARefreshKeepsItsConnectionAndSeesTheNewBehaviour() {
		try (RefreshableContext context = new RefreshableContext(ReloadListeners.EchoConfiguration.class)) {
			TcpServer<?> server = registry(context).server("echo");
			int port = server.port();
			try (TestClient client = new TestClient(port)) {
				assertThat(client.send("one\n").readLine()).isEqualTo("one");
				client.send("two\n");
				context.refreshWith(ReloadListeners.UpperCaseConfiguration.class);
				client.send("three\n");
				assertThat(client.readLine()).isEqualToIgnoringCase("two");
				assertThat(client.readLine()).isEqualTo("THREE");
				assertThat(registry(context).server("echo")).isSameAs(server);
				assertThat(server.port()).isEqualTo(port);
				assertThat(server.connectionCount()).isEqualTo(1);
				assertThat(context.getBean(ReloadListeners.UpperCase.class).sessions).contains("session-1");
			}
		}
	}

	@Test
	void udpSocketKeepsItsChannelAndPortAcrossARefreshAndAnswersWithTheNewHandler() throws Exception {
		try (RefreshableContext context = new RefreshableContext(ReloadListeners.UdpEchoConfiguration.class);
				DatagramSocket client = new DatagramSocket(0, InetAddress.getByName("127.0.0.1"))) {
			client.setSoTimeout(5000);
			UdpChannel channel = registry(context).udpSocket("udp");
			assertThat(exchange(client, channel.port(), "one")).isEqualTo("one");
			context.refreshWith(ReloadListeners.UdpUpperCaseConfiguration.class);
			assertThat(registry(context).udpSocket("udp")).isSameAs(channel);
			assertThat(channel.isClosed()).isFalse();
			assertThat(exchange(client, channel.port(), "two")).isEqualTo("TWO");
		}
	}

	private static String exchange(DatagramSocket client, int port, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		client.send(new DatagramPacket(bytes, bytes.length, InetAddress.getByName("127.0.0.1"), port));
		DatagramPacket reply = new DatagramPacket(new byte[256], 256);
		client.receive(reply);
		return new String(reply.getData(), 0, reply.getLength(), StandardCharsets.UTF_8);
	}

	@Test
	void clientKeepsItsConnectionAcrossARefreshAndHandsDataToTheNewHandler() throws Exception {
		List<TcpSocket<Void>> accepted = new CopyOnWriteArrayList<>();
		try (SocketEngine upstreamEngine = new SocketEngine()) {
			TcpServer<Void> upstream = upstreamEngine.listen(TcpListenOptions.port(0).withHost("127.0.0.1"),
					new TcpHandler<Void>() {
						@Override
						public void open(TcpSocket<Void> socket) {
							accepted.add(socket);
						}
					});
			System.setProperty("upstream.port", String.valueOf(upstream.port()));
			try (RefreshableContext context = new RefreshableContext(ReloadListeners.ClientV1.class)) {
				await().until(() -> accepted.size() == 1);
				accepted.get(0).write("one\n");
				ReloadListeners.ClientV1 v1 = context.getBean(ReloadListeners.ClientV1.class);
				await().until(() -> v1.received.contains("v1:one\n"));
				context.refreshWith(ReloadListeners.ClientV2.class);
				accepted.get(0).write("two\n");
				ReloadListeners.ClientV2 v2 = context.getBean(ReloadListeners.ClientV2.class);
				await().until(() -> v2.received.contains("v2:two\n"));
				assertThat(accepted).hasSize(1);
				assertThat(upstream.connectionCount()).isEqualTo(1);
			}
			finally {
				System.clearProperty("upstream.port");
			}
		}
	}

	@Test
	void listenerNoLongerDeclaredStopsGracefullyAndANewOneStarts() {
		try (RefreshableContext context = new RefreshableContext(ReloadListeners.EchoConfiguration.class,
				ReloadListeners.Gone.class)) {
			TcpServer<?> gone = registry(context).server("gone");
			try (TestClient echoClient = new TestClient(registry(context).server("echo").port());
					TestClient goneClient = new TestClient(gone.port())) {
				assertThat(goneClient.send("bye\n").readLine()).isEqualTo("bye");
				echoClient.send("kept\n");
				context.refreshWith(ReloadListeners.EchoConfiguration.class, ReloadListeners.Fresh.class);
				assertThat(goneClient.readToEnd()).isEmpty();
				assertThat(gone.isListening()).isFalse();
				assertThat(echoClient.readLine()).isEqualTo("kept");
				assertThat(registry(context).servers()).containsOnlyKeys("echo", "fresh");
				try (TestClient freshClient = new TestClient(registry(context).server("fresh").port())) {
					assertThat(freshClient.send("hi\n").readLine()).isEqualTo("fresh hi");
				}
			}
		}
	}

	@Test
	void refreshScopedHandlerBeanIsReplacedThroughARefreshWithoutDroppingTheConnection() {
		try (ConfigurableApplicationContext context = refreshScopedApplication()) {
			TcpServer<?> server = registry(context).server("styled");
			try (TestClient client = new TestClient(server.port())) {
				assertThat(client.send("one\n").readLine()).isEqualTo("one");
				client.send("two\n");
				TestPropertyValues.of("echo.style=upper").applyTo(context);
				context.getBean(ContextRefresher.class).refresh();
				client.send("three\n");
				assertThat(client.readLine()).isEqualToIgnoringCase("two");
				assertThat(client.readLine()).isEqualTo("THREE");
				assertThat(registry(context).server("styled")).isSameAs(server);
				assertThat(server.connectionCount()).isEqualTo(1);
			}
		}
	}

	@Test
	void changedPortRebindsTheListenerAndOpenConnectionsStayServedWithTheNewSettings() {
		try (ConfigurableApplicationContext context = refreshScopedApplication()) {
			TcpServer<?> before = registry(context).server("styled");
			int newPort = TestClient.freePort();
			try (TestClient client = new TestClient(before.port())) {
				client.send("one\n");
				TestPropertyValues
					.of("echo.style=upper", "sockwork.tcp.listeners.styled.port=" + newPort,
							"sockwork.tcp.listeners.styled.idle-timeout=300ms")
					.applyTo(context);
				context.getBean(ContextRefresher.class).refresh();
				TcpServer<?> after = registry(context).server("styled");
				assertThat(after.port()).isEqualTo(newPort);
				assertThat(before.isListening()).isFalse();
				assertThatExceptionOfType(UncheckedIOException.class).isThrownBy(() -> new TestClient(before.port()));
				try (TestClient moved = new TestClient(newPort)) {
					assertThat(moved.send("new\n").readLine()).isEqualTo("NEW");
				}
				assertThat(client.readLine()).isEqualToIgnoringCase("one");
				assertThat(client.send("two\n").readLine()).isEqualTo("TWO");
				assertThat(client.readToEnd()).as("closed by the new idle timeout").isEmpty();
			}
			await().until(() -> before.connectionCount() == 0);
		}
	}

	@Test
	void restartedContextAdoptsTheRunningServersKeepsTheConnectionAndReleasesTheOldHandlers() {
		AnnotationConfigApplicationContext first = new AnnotationConfigApplicationContext(
				ReloadListeners.EchoConfiguration.class, SockworkAutoConfiguration.class);
		SocketEngine engine = first.getBean(SocketEngine.class);
		TcpServer<?> server = registry(first).server("echo");
		WeakReference<Object> oldHandler = new WeakReference<>(first.getBean(ReloadListeners.Echo.class));
		try (TestClient client = new TestClient(server.port())) {
			assertThat(client.send("one\n").readLine()).isEqualTo("one");
			ServerHandoff.expectRestart();
			first.close();
			first = null;
			client.send("two\n");
			try (AnnotationConfigApplicationContext second = new AnnotationConfigApplicationContext(
					ReloadListeners.UpperCaseConfiguration.class, SockworkAutoConfiguration.class)) {
				assertThat(second.getBean(SocketEngine.class)).isSameAs(engine);
				assertThat(registry(second).server("echo")).isSameAs(server);
				assertThat(client.send("three\n").readLine()).isEqualToIgnoringCase("two");
				assertThat(client.readLine()).isEqualTo("THREE");
				assertThat(second.getBean(ReloadListeners.UpperCase.class).sessions).contains("session-1");
				await().atMost(Duration.ofSeconds(10)).until(() -> {
					System.gc();
					return oldHandler.get() == null;
				});
			}
			assertThat(server.isListening()).isFalse();
			assertThat(client.readToEnd()).isEmpty();
		}
	}

	/**
	 * A Spring Boot application with Spring Cloud's refresh scope, refreshed as the
	 * actuator's {@code refresh} endpoint does, through the {@link ContextRefresher}.
	 */
	private static ConfigurableApplicationContext refreshScopedApplication() {
		return new SpringApplicationBuilder(RefreshScopedApplication.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.run();
	}

	private static SocketRegistry registry(ConfigurableApplicationContext context) {
		return context.getBean(SocketRegistry.class);
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ RefreshAutoConfiguration.class, ConfigurationPropertiesRebinderAutoConfiguration.class,
			SockworkAutoConfiguration.class })
	@Import(ReloadListeners.RefreshScopedConfiguration.class)
	static class RefreshScopedApplication {

	}

	/**
	 * A context that can be refreshed again, each time with other configuration classes,
	 * like a refreshable web application context.
	 */
	static final class RefreshableContext extends AbstractRefreshableConfigApplicationContext {

		private Class<?>[] configurations;

		RefreshableContext(Class<?>... configurations) {
			this.configurations = configurations;
			refresh();
		}

		void refreshWith(Class<?>... configurations) {
			this.configurations = configurations;
			refresh();
		}

		@Override
		protected void loadBeanDefinitions(DefaultListableBeanFactory beanFactory) {
			AnnotatedBeanDefinitionReader reader = new AnnotatedBeanDefinitionReader(beanFactory, getEnvironment());
			reader.register(this.configurations);
			reader.register(SockworkAutoConfiguration.class);
		}

	}

}
