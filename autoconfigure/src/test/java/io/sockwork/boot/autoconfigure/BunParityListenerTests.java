package io.sockwork.boot.autoconfigure;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.netty.pkitesting.X509Bundle;
import io.sockwork.boot.annotation.InitialData;
import io.sockwork.boot.annotation.OnOpen;
import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.boot.config.InvalidListenerException;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.core.TcpServer;
import io.sockwork.core.TcpSocket;
import io.sockwork.testsupport.TestCertificates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The Bun options that reach annotated listeners through an attribute or a property, in a
 * real context on real sockets: {@code @TcpListener(data)} and the {@code data} property
 * name the {@code Supplier} bean of each socket's initial data (Bun's {@code Bun.listen({
 * data })}) and {@code socket.listener} is the registry's server; {@code ipv6-only} keeps
 * IPv4 peers out; {@code tls.crl} files revoke client certificates.
 */
class BunParityListenerTests {

	private static final X509Bundle SERVER = TestCertificates.server("crl-server");

	private static final X509Bundle GOOD_CLIENT = TestCertificates.client("good-client");

	private static final X509Bundle REVOKED_CLIENT = TestCertificates.client("revoked-client");

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, SockworkAutoConfiguration.class));

	@TempDir
	private Path files;

	@Test
	void theDataAttributeNamesTheSupplierOfEverySocketsInitialData() {
		this.contextRunner.withBean(Sessions.class)
			.withBean("sessionNumbers", Supplier.class, () -> new Numbered("session"))
			.withBean("otherNumbers", Supplier.class, () -> new Numbered("other"))
			.run((context) -> {
				Sessions sessions = context.getBean(Sessions.class);
				TcpServer<?> server = context.getBean(SocketRegistry.class).server("sessions");
				try (TestClient first = new TestClient(server.port());
						TestClient second = new TestClient(server.port())) {
					await().until(() -> sessions.data.size() == 2);
				}
				assertThat(sessions.data).containsExactlyInAnyOrder("session-2", "session-3");
				assertThat(server.data()).isEqualTo("session-1");
				assertThat(sessions.listeners).containsOnly(server);
			});
	}

	@Test
	void theDataPropertyOverridesTheAttributeAndAMissingBeanFailsStartUp() {
		this.contextRunner.withBean(Sessions.class)
			.withBean("sessionNumbers", Supplier.class, () -> new Numbered("session"))
			.withBean("otherNumbers", Supplier.class, () -> new Numbered("other"))
			.withPropertyValues("sockwork.tcp.listeners.sessions.data=otherNumbers")
			.run((context) -> {
				Sessions sessions = context.getBean(Sessions.class);
				try (TestClient client = new TestClient(
						context.getBean(SocketRegistry.class).server("sessions").port())) {
					await().until(() -> sessions.data.size() == 1);
				}
				assertThat(sessions.data).containsExactly("other-2");
			});
		this.contextRunner.withBean(Sessions.class)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(InvalidListenerException.class)
				.hasMessageContaining("The data bean 'sessionNumbers' is not a Supplier bean"));
	}

	@Test
	void anInitialDataMethodOfTheListenersBeanSuppliesTypedData() {
		this.contextRunner.withBean(Counted.class).run((context) -> {
			Counted counted = context.getBean(Counted.class);
			try (TestClient client = new TestClient(context.getBean(SocketRegistry.class).server("counted").port())) {
				await().until(() -> counted.data.size() == 1);
			}
			assertThat(counted.data).containsExactly(2);
		});
	}

	@Test
	void initialDataThatDoesNotFitTheHandlersSocketTypeFailsStartUp() {
		this.contextRunner.withBean(Counted.class)
			.withBean("sessionNumbers", Supplier.class, () -> new Numbered("session"))
			.withPropertyValues("sockwork.tcp.listeners.counted.data=sessionNumbers")
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(InvalidListenerException.class)
				.hasMessageContaining("the data bean 'sessionNumbers' gives java.lang.String, but")
				.hasMessageContaining("takes TcpSocket<java.lang.Integer>"));
	}

	@Test
	void anIpv6OnlyListenerServesIpv6PeersAndClosesIpv4Ones() {
		this.contextRunner.withBean(Anywhere.class)
			.withPropertyValues("sockwork.tcp.listeners.anywhere.ipv6-only=true")
			.run((context) -> {
				TcpServer<?> server = context.getBean(SocketRegistry.class).server("anywhere");
				try (Socket ipv6 = new Socket()) {
					ipv6.connect(new InetSocketAddress("::1", server.port()), 5000);
					ipv6.setSoTimeout(10_000);
					ipv6.getOutputStream().write("six\n".getBytes(StandardCharsets.UTF_8));
					assertThat(new String(ipv6.getInputStream().readNBytes(4), StandardCharsets.UTF_8))
						.isEqualTo("six\n");
				}
				try (TestClient ipv4 = new TestClient(server.port())) {
					assertThat(ipv4.isClosedByPeerAfter(new byte[0])).isTrue();
				}
				await().until(() -> server.stats().rejected() == 1);
			});
	}

	@Test
	void revocationListFilesRefuseARevokedClientCertificate() throws IOException {
		Path crl = this.files.resolve("revoked.crl");
		TestCertificates.write(crl,
				TestCertificates.pem(TestCertificates.crl(TestCertificates.AUTHORITY, REVOKED_CLIENT)));
		this.contextRunner.withBean(Anywhere.class)
			.withPropertyValues(TestCertificates.pemBundle("server", this.files, SERVER))
			.withPropertyValues("sockwork.tcp.listeners.anywhere.tls.bundle=server",
					"sockwork.tcp.listeners.anywhere.tls.client-auth=need",
					"sockwork.tcp.listeners.anywhere.tls.crl=" + crl)
			.run((context) -> {
				int port = context.getBean(SocketRegistry.class).server("anywhere").port();
				try (TestClient client = TestClient.tls(port, TestCertificates.clientContext(GOOD_CLIENT))) {
					assertThat(client.send("good\n").readLine()).isEqualTo("good");
				}
				assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> {
					try (TestClient client = TestClient.tls(port, TestCertificates.clientContext(REVOKED_CLIENT))) {
						client.send("revoked\n").readLine();
					}
				}).withRootCauseInstanceOf(IOException.class);
				// The client sees an alert or, when the server closed first, a broken
				// pipe;
				// the server counts the refused handshake either way.
				await().until(
						() -> context.getBean(SocketRegistry.class).server("anywhere").stats().handshakes(false) == 1);
			});
	}

	record Numbered(String prefix, AtomicInteger counter) implements Supplier<String> {

		Numbered(String prefix) {
			this(prefix, new AtomicInteger());
		}

		@Override
		public String get() {
			return this.prefix + "-" + this.counter.incrementAndGet();
		}

	}

	static class Sessions {

		final List<Object> data = new CopyOnWriteArrayList<>();

		final List<Object> listeners = new CopyOnWriteArrayList<>();

		@TcpListener(name = "sessions", host = "127.0.0.1", port = "0", data = "sessionNumbers")
		void data(byte[] bytes) {
		}

		@OnOpen("sessions")
		void open(TcpSocket<Object> socket) {
			this.data.add(socket.data());
			this.listeners.add(socket.listener());
		}

	}

	static class Counted {

		final AtomicInteger counter = new AtomicInteger();

		final List<Integer> data = new CopyOnWriteArrayList<>();

		@TcpListener(name = "counted", host = "127.0.0.1", port = "0")
		void data(byte[] bytes) {
		}

		@InitialData
		Integer next() {
			return this.counter.incrementAndGet();
		}

		@OnOpen
		void open(TcpSocket<Integer> socket) {
			this.data.add(socket.data());
		}

	}

	static class Anywhere {

		@TcpListener(name = "anywhere", port = "0")
		byte[] echo(byte[] bytes) {
			return bytes;
		}

	}

}
