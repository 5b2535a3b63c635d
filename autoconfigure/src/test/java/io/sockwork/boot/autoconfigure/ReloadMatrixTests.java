package io.sockwork.boot.autoconfigure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.net.ssl.SSLSocket;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netty.pkitesting.X509Bundle;
import io.sockwork.boot.actuate.SocketsEndpoint.SocketDescriptor;
import io.sockwork.boot.actuate.SocketsEndpoint;
import io.sockwork.boot.actuate.SocketsEndpointAutoConfiguration;
import io.sockwork.boot.actuate.SocketsHealthContributorAutoConfiguration;
import io.sockwork.boot.annotation.TcpClient;
import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.boot.annotation.UdpSocket;
import io.sockwork.boot.metrics.SockworkMetricsAutoConfiguration;
import io.sockwork.boot.registry.SocketDescription;
import io.sockwork.boot.registry.SocketKind;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.boot.registry.TcpClientStats;
import io.sockwork.boot.ssl.SslBundleTlsOptions;
import io.sockwork.core.EngineOptions;
import io.sockwork.core.SocketEngine;
import io.sockwork.core.TcpHandler;
import io.sockwork.core.TcpListenOptions;
import io.sockwork.core.TcpServer;
import io.sockwork.core.TcpSocket;
import io.sockwork.core.TlsClientAuth;
import io.sockwork.core.UdpChannel;
import io.sockwork.testsupport.TestCertificates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.pem.PemSslStoreBundle;
import org.springframework.boot.ssl.pem.PemSslStoreDetails;
import org.springframework.context.annotation.AnnotatedBeanDefinitionReader;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractRefreshableConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The reload matrix: for each kind of socket (listener, UDP socket, client) and each
 * change (handler, port, host, TLS bundle or multicast group, removed, added), after the
 * reload every observer (meters read from a {@link SimpleMeterRegistry}, the
 * {@code sockets} endpoint, the {@code sockets} health indicator) shows exactly what is
 * bound, and traffic proves it: a line before the reload, a line after. The reload
 * refreshes a refreshable context, whose new registry adopts the running sockets by name
 * and reconciles them, as a DevTools restart does; the meter registry outlives the
 * refreshes, so a meter left behind or reading a retired server would show.
 */
class ReloadMatrixTests {

	private static final List<String> received = new CopyOnWriteArrayList<>();

	private static final X509Bundle ONE = TestCertificates.server("one");

	private static final X509Bundle TWO = TestCertificates.server("two");

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	/** The servers of the clients, outside the application. */
	private final SocketEngine upstreamEngine = new SocketEngine(EngineOptions.defaults().withThreads(1));

	private final Map<TcpServer<Void>, List<TcpSocket<Void>>> accepted = new HashMap<>();

	@TempDir
	Path certificates;

	@AfterEach
	void closeUpstream() {
		this.upstreamEngine.close();
		received.clear();
	}

	static Stream<Arguments> cases() {
		List<Arguments> cases = new ArrayList<>();
		for (SocketKind kind : SocketKind.values()) {
			for (Change change : Change.values()) {
				cases.add(Arguments.of(kind, change));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("cases")
	void afterAReloadMetersEndpointAndHealthShowExactlyWhatIsBound(SocketKind kind, Change change) {
		Subject subject = switch (kind) {
			case LISTENER -> new ListenerSubject();
			case UDP_SOCKET -> new UdpSubject();
			case CLIENT -> new ClientSubject();
		};
		try (MatrixContext context = new MatrixContext(this.meters, subject.propertiesBefore(change),
				subject.before(change))) {
			subject.lineBefore(context, change);
			context.refreshWith(subject.propertiesAfter(change), subject.after(change));
			subject.lineAfter(context, change);
			assertObserversShowExactlyWhatIsBound(context, subject.expectedNames(change));
		}
		assertThat(this.meters.getMeters()).as("no meter outlives its socket").isEmpty();
	}

	private void assertObserversShowExactlyWhatIsBound(MatrixContext context, Set<String> names) {
		SocketRegistry registry = context.getBean(SocketRegistry.class);
		Map<String, Long> live = new LinkedHashMap<>();
		Map<String, String> addresses = new LinkedHashMap<>();
		registry.servers().forEach((name, server) -> {
			live.put(name, server.stats().bytesReceived());
			addresses.put(name, format(server.hostname(), server.port()));
		});
		registry.udpSockets().forEach((name, channel) -> {
			live.put(name, channel.stats().bytesReceived());
			addresses.put(name, format(channel.address().getAddress().getHostAddress(), channel.port()));
		});
		for (String name : registry.clientNames()) {
			TcpClientStats stats = registry.clientStats(name);
			TcpSocket<?> socket = registry.client(name);
			live.put(name, stats.bytesReceived());
			InetSocketAddress server = socket.remoteAddress();
			addresses.put(name, format(server.getAddress().getHostAddress(), server.getPort()));
		}
		assertThat(live.keySet()).as("bound").isEqualTo(names);
		await().untilAsserted(() -> assertThat(bytesReceivedMeters()).as("meters").isEqualTo(liveBytes(registry)));
		List<SocketDescriptor> described = context.getBean(SocketsEndpoint.class).sockets().sockets();
		assertThat(described.stream().collect(Collectors.toMap(SocketDescriptor::name, SocketDescriptor::address)))
			.as("endpoint")
			.isEqualTo(addresses);
		assertThat(described).allSatisfy((socket) -> assertThat(socket.state()).isIn("listening", "connected"));
		Health health = context.getBean("socketsHealthIndicator", HealthIndicator.class).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		Map<String, String> healthAddresses = new LinkedHashMap<>();
		for (String group : List.of("tcp", "udp", "clients")) {
			@SuppressWarnings("unchecked")
			Map<String, Map<String, Object>> sockets = (Map<String, Map<String, Object>>) health.getDetails()
				.get(group);
			sockets.forEach((name, detail) -> healthAddresses.put(name, (String) detail.get("address")));
		}
		assertThat(healthAddresses).as("health").isEqualTo(addresses);
	}

	private Map<String, Long> bytesReceivedMeters() {
		Map<String, Long> values = new HashMap<>();
		for (FunctionCounter counter : this.meters.find("sockwork.bytes.received").functionCounters()) {
			values.put(counter.getId().getTag("name"), (long) counter.count());
		}
		return values;
	}

	private static Map<String, Long> liveBytes(SocketRegistry registry) {
		Map<String, Long> values = new HashMap<>();
		registry.servers().forEach((name, server) -> values.put(name, server.stats().bytesReceived()));
		registry.udpSockets().forEach((name, channel) -> values.put(name, channel.stats().bytesReceived()));
		registry.clientNames().forEach((name) -> values.put(name, registry.clientStats(name).bytesReceived()));
		return values;
	}

	private static String format(String host, int port) {
		return host + ":" + port;
	}

	/**
	 * What changes in the reload.
	 */
	enum Change {

		HANDLER, PORT, HOST, TLS_BUNDLE_OR_MULTICAST_GROUP, REMOVED, ADDED;

		@Override
		public String toString() {
			return name().toLowerCase(Locale.ROOT).replace('_', ' ');
		}

	}

	/**
	 * One kind of socket in the matrix: the "subject", whose change is under test, and a
	 * "keeper" of the same kind that stays as it is.
	 */
	private abstract static class Subject {

		abstract Class<?> v1();

		abstract Class<?> v2();

		abstract Class<?> keeper();

		Class<?>[] before(Change change) {
			return (change == Change.ADDED) ? new Class<?>[] { keeper() } : new Class<?>[] { v1(), keeper() };
		}

		Class<?>[] after(Change change) {
			return switch (change) {
				case HANDLER -> new Class<?>[] { v2(), keeper() };
				case REMOVED -> new Class<?>[] { keeper() };
				default -> new Class<?>[] { v1(), keeper() };
			};
		}

		Set<String> expectedNames(Change change) {
			return (change == Change.REMOVED) ? Set.of("keeper") : Set.of("subject", "keeper");
		}

		abstract Map<String, String> propertiesBefore(Change change);

		abstract Map<String, String> propertiesAfter(Change change);

		abstract void lineBefore(MatrixContext context, Change change);

		abstract void lineAfter(MatrixContext context, Change change);

	}

	private final class ListenerSubject extends Subject {

		@Override
		Class<?> v1() {
			return ListenerV1.class;
		}

		@Override
		Class<?> v2() {
			return ListenerV2.class;
		}

		@Override
		Class<?> keeper() {
			return ListenerKeeper.class;
		}

		@Override
		Map<String, String> propertiesBefore(Change change) {
			Map<String, String> properties = new HashMap<>();
			if (change == Change.TLS_BUNDLE_OR_MULTICAST_GROUP) {
				properties.putAll(bundle("one", ONE, "one"));
				properties.putAll(bundle("two", TWO, "two"));
				properties.put("sockwork.tcp.listeners.subject.tls.bundle", "one");
			}
			return properties;
		}

		@Override
		Map<String, String> propertiesAfter(Change change) {
			return switch (change) {
				case PORT -> Map.of("subject.port", String.valueOf(TestClient.freePort()));
				case HOST -> Map.of("subject.host", "127.0.0.2");
				case TLS_BUNDLE_OR_MULTICAST_GROUP -> Map.of("sockwork.tcp.listeners.subject.tls.bundle", "two");
				default -> Map.of();
			};
		}

		@Override
		void lineBefore(MatrixContext context, Change change) {
			SocketRegistry registry = context.getBean(SocketRegistry.class);
			if (change == Change.ADDED) {
				assertThat(tcpLine("127.0.0.1", registry.server("keeper").port(), "before")).isEqualTo("before");
			}
			else if (change == Change.TLS_BUNDLE_OR_MULTICAST_GROUP) {
				assertThat(tlsLine(registry.server("subject").port(), "before")).isEqualTo("CN=one: v1 before");
			}
			else {
				assertThat(tcpLine("127.0.0.1", registry.server("subject").port(), "before")).isEqualTo("v1 before");
			}
		}

		@Override
		void lineAfter(MatrixContext context, Change change) {
			SocketRegistry registry = context.getBean(SocketRegistry.class);
			if (change == Change.REMOVED) {
				assertThat(registry.server("subject")).isNull();
				assertThat(tcpLine("127.0.0.1", registry.server("keeper").port(), "after")).isEqualTo("after");
				return;
			}
			TcpServer<?> server = registry.server("subject");
			String expected = (change == Change.HANDLER) ? "v2 after" : "v1 after";
			if (change == Change.TLS_BUNDLE_OR_MULTICAST_GROUP) {
				assertThat(tlsLine(server.port(), "after")).isEqualTo("CN=two: " + expected);
				return;
			}
			assertThat(server.hostname()).isEqualTo((change == Change.HOST) ? "127.0.0.2" : "127.0.0.1");
			assertThat(tcpLine(server.hostname(), server.port(), "after")).isEqualTo(expected);
		}

	}

	private final class UdpSubject extends Subject {

		@Override
		Class<?> v1() {
			return UdpV1.class;
		}

		@Override
		Class<?> v2() {
			return UdpV2.class;
		}

		@Override
		Class<?> keeper() {
			return UdpKeeper.class;
		}

		@Override
		Map<String, String> propertiesBefore(Change change) {
			if (change == Change.TLS_BUNDLE_OR_MULTICAST_GROUP) {
				return Map.of("sockwork.udp.sockets.subject.host", "0.0.0.0",
						"sockwork.udp.sockets.subject.multicast.groups", "239.77.5.1",
						"sockwork.udp.sockets.subject.multicast.interface", "lo",
						"sockwork.udp.sockets.subject.multicast.loopback", "true");
			}
			return Map.of();
		}

		@Override
		Map<String, String> propertiesAfter(Change change) {
			return switch (change) {
				case PORT -> Map.of("subject.port", String.valueOf(TestClient.freePort()));
				case HOST -> Map.of("subject.host", "127.0.0.2");
				case TLS_BUNDLE_OR_MULTICAST_GROUP ->
					Map.of("sockwork.udp.sockets.subject.multicast.groups", "239.77.5.2");
				default -> Map.of();
			};
		}

		@Override
		void lineBefore(MatrixContext context, Change change) {
			SocketRegistry registry = context.getBean(SocketRegistry.class);
			if (change == Change.ADDED) {
				assertThat(udpLine("127.0.0.1", registry.udpSocket("keeper").port(), "before")).isEqualTo("before");
				return;
			}
			String target = (change == Change.TLS_BUNDLE_OR_MULTICAST_GROUP) ? "239.77.5.1" : "127.0.0.1";
			assertThat(udpLine(target, registry.udpSocket("subject").port(), "before")).isEqualTo("v1 before");
		}

		@Override
		void lineAfter(MatrixContext context, Change change) {
			SocketRegistry registry = context.getBean(SocketRegistry.class);
			if (change == Change.REMOVED) {
				assertThat(registry.udpSocket("subject")).isNull();
				assertThat(udpLine("127.0.0.1", registry.udpSocket("keeper").port(), "after")).isEqualTo("after");
				return;
			}
			UdpChannel channel = registry.udpSocket("subject");
			String expected = (change == Change.HANDLER) ? "v2 after" : "v1 after";
			String target = switch (change) {
				case HOST -> "127.0.0.2";
				case TLS_BUNDLE_OR_MULTICAST_GROUP -> "239.77.5.2";
				default -> "127.0.0.1";
			};
			if (change == Change.TLS_BUNDLE_OR_MULTICAST_GROUP) {
				assertThat(registry.udpSocketGroups("subject")).containsExactly("239.77.5.2");
			}
			assertThat(udpLine(target, channel.port(), "after")).isEqualTo(expected);
		}

	}

	private final class ClientSubject extends Subject {

		private final TcpServer<Void> first = upstream("127.0.0.1", 0, false);

		private final TcpServer<Void> keeperServer = upstream("127.0.0.1", 0, false);

		private @org.jspecify.annotations.Nullable TcpServer<Void> next;

		@Override
		Class<?> v1() {
			return ClientV1.class;
		}

		@Override
		Class<?> v2() {
			return ClientV2.class;
		}

		@Override
		Class<?> keeper() {
			return ClientKeeper.class;
		}

		@Override
		Map<String, String> propertiesBefore(Change change) {
			Map<String, String> properties = new HashMap<>();
			properties.put("subject.port", String.valueOf(this.first.port()));
			properties.put("keeper.port", String.valueOf(this.keeperServer.port()));
			if (change == Change.TLS_BUNDLE_OR_MULTICAST_GROUP) {
				properties.putAll(bundle("trusting", ONE, "trusting"));
			}
			return properties;
		}

		@Override
		Map<String, String> propertiesAfter(Change change) {
			switch (change) {
				case PORT -> {
					this.next = upstream("127.0.0.1", 0, false);
					return Map.of("subject.port", String.valueOf(this.next.port()));
				}
				case HOST -> {
					this.next = upstream("127.0.0.2", this.first.port(), false);
					return Map.of("subject.host", "127.0.0.2");
				}
				case TLS_BUNDLE_OR_MULTICAST_GROUP -> {
					this.next = upstream("127.0.0.1", 0, true);
					return Map.of("subject.port", String.valueOf(this.next.port()),
							"sockwork.tcp.clients.subject.tls.bundle", "trusting");
				}
				default -> {
					return Map.of();
				}
			}
		}

		@Override
		void lineBefore(MatrixContext context, Change change) {
			if (change == Change.ADDED) {
				assertThat(clientLine(this.keeperServer, "before")).isEqualTo("keeper before");
				return;
			}
			assertThat(clientLine(this.first, "before")).isEqualTo("v1 before");
		}

		@Override
		void lineAfter(MatrixContext context, Change change) {
			if (change == Change.REMOVED) {
				await().until(() -> this.first.connectionCount() == 0);
				assertThat(clientLine(this.keeperServer, "after")).isEqualTo("keeper after");
				return;
			}
			TcpServer<Void> server = (this.next != null) ? this.next : this.first;
			String expected = (change == Change.HANDLER) ? "v2 after" : "v1 after";
			assertThat(clientLine(server, "after")).isEqualTo(expected);
			if (this.next != null) {
				await().until(() -> this.first.connectionCount() == 0);
			}
			SocketRegistry registry = context.getBean(SocketRegistry.class);
			await().until(() -> registry.client("keeper") != null);
		}

	}

	private Map<String, String> bundle(String name, X509Bundle certificate, String directory) {
		Path location = this.certificates.resolve(directory);
		try {
			Files.createDirectories(location);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String[] properties = TestCertificates.pemBundle(name, location, certificate);
		Map<String, String> map = new HashMap<>();
		for (String property : properties) {
			int equals = property.indexOf('=');
			map.put(property.substring(0, equals), property.substring(equals + 1));
		}
		return map;
	}

	private TcpServer<Void> upstream(String host, int port, boolean tls) {
		TcpListenOptions options = TcpListenOptions.port(port).withHost(host);
		if (tls) {
			PemSslStoreDetails keyStore = PemSslStoreDetails.forCertificate(ONE.getCertificatePathPEM())
				.withPrivateKey(ONE.getPrivateKeyPEM());
			options = options.withTls(SslBundleTlsOptions.server(SslBundle.of(new PemSslStoreBundle(keyStore, null)),
					TlsClientAuth.NONE, List.of()));
		}
		List<TcpSocket<Void>> sockets = new CopyOnWriteArrayList<>();
		TcpServer<Void> server = this.upstreamEngine.listen(options, new TcpHandler<>() {
			@Override
			public void open(TcpSocket<Void> socket) {
				sockets.add(socket);
			}
		});
		this.accepted.put(server, sockets);
		return server;
	}

	/**
	 * Writes a line to the newest connection the upstream server accepted, and returns
	 * what the client's handler received.
	 */
	private String clientLine(TcpServer<Void> server, String text) {
		List<TcpSocket<Void>> sockets = this.accepted.get(server);
		await().until(() -> server.connectionCount() == 1 && !sockets.isEmpty());
		int before = received.size();
		sockets.get(sockets.size() - 1).write(text + "\n");
		await().until(() -> received.size() > before);
		return received.get(before).strip();
	}

	private static String tcpLine(String host, int port, String text) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(host, port), 5000);
			socket.setSoTimeout(5000);
			return exchange(socket, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String tlsLine(int port, String text) {
		try (Socket plain = new Socket()) {
			plain.connect(new InetSocketAddress("127.0.0.1", port), 5000);
			plain.setSoTimeout(5000);
			SSLSocket socket = (SSLSocket) TestCertificates.clientContext(null)
				.getSocketFactory()
				.createSocket(plain, "localhost", port, true);
			socket.startHandshake();
			String subject = ((X509Certificate) socket.getSession().getPeerCertificates()[0]).getSubjectX500Principal()
				.getName();
			return subject + ": " + exchange(socket, text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String exchange(Socket socket, String text) throws IOException {
		socket.getOutputStream().write((text + "\n").getBytes(StandardCharsets.UTF_8));
		socket.getOutputStream().flush();
		return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
	}

	private static String udpLine(String host, int port, String text) {
		try (UdpTestClient client = new UdpTestClient()) {
			return client.send(text, host, port).receive();
		}
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ SslAutoConfiguration.class, SockworkAutoConfiguration.class,
			SockworkMetricsAutoConfiguration.class, SocketsEndpointAutoConfiguration.class,
			SocketsHealthContributorAutoConfiguration.class })
	static class Observers {

	}

	/**
	 * A context refreshed with other handler classes and properties, like a refreshable
	 * web application context restarted by DevTools; the meter registry outlives it.
	 */
	static final class MatrixContext extends AbstractRefreshableConfigApplicationContext {

		private final SimpleMeterRegistry meters;

		private final Map<String, Object> properties = new HashMap<>();

		private Class<?>[] configurations;

		MatrixContext(SimpleMeterRegistry meters, Map<String, String> properties, Class<?>... configurations) {
			this.meters = meters;
			this.configurations = configurations;
			this.properties.put("management.endpoints.web.exposure.include", "sockets");
			this.properties.putAll(properties);
			getEnvironment().getPropertySources().addFirst(new MapPropertySource("matrix", this.properties));
			refresh();
		}

		void refreshWith(Map<String, String> properties, Class<?>... configurations) {
			this.configurations = configurations;
			this.properties.putAll(properties);
			refresh();
		}

		@Override
		protected void loadBeanDefinitions(DefaultListableBeanFactory beanFactory) {
			AnnotatedBeanDefinitionReader reader = new AnnotatedBeanDefinitionReader(beanFactory, getEnvironment());
			reader.register(this.configurations);
			reader.register(Observers.class);
			beanFactory.registerSingleton("meterRegistry", this.meters);
		}

	}

	static class ListenerV1 {

		@TcpListener(name = "subject", host = "${subject.host:127.0.0.1}", port = "${subject.port:0}")
		String data(String text) {
			return "v1 " + text;
		}

	}

	static class ListenerV2 {

		@TcpListener(name = "subject", host = "${subject.host:127.0.0.1}", port = "${subject.port:0}")
		String data(String text) {
			return "v2 " + text;
		}

	}

	static class ListenerKeeper {

		@TcpListener(name = "keeper", host = "127.0.0.1", port = "0")
		String data(String text) {
			return text;
		}

	}

	static class UdpV1 {

		@UdpSocket(name = "subject", host = "${subject.host:127.0.0.1}", port = "${subject.port:0}")
		String data(String text) {
			return "v1 " + text;
		}

	}

	static class UdpV2 {

		@UdpSocket(name = "subject", host = "${subject.host:127.0.0.1}", port = "${subject.port:0}")
		String data(String text) {
			return "v2 " + text;
		}

	}

	static class UdpKeeper {

		@UdpSocket(name = "keeper", host = "127.0.0.1", port = "0")
		String data(String text) {
			return text;
		}

	}

	static class ClientV1 {

		@TcpClient(name = "subject", host = "${subject.host:127.0.0.1}", port = "${subject.port}")
		void data(String text) {
			received.add("v1 " + text);
		}

	}

	static class ClientV2 {

		@TcpClient(name = "subject", host = "${subject.host:127.0.0.1}", port = "${subject.port}")
		void data(String text) {
			received.add("v2 " + text);
		}

	}

	static class ClientKeeper {

		@TcpClient(name = "keeper", host = "127.0.0.1", port = "${keeper.port}")
		void data(String text) {
			received.add("keeper " + text);
		}

	}

}
