package io.sockwork.core;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;

import io.netty.pkitesting.X509Bundle;
import io.sockwork.testsupport.PayloadForms;
import io.sockwork.testsupport.TestCertificates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * TLS with certificates made for the test: TLS 1.3 and 1.2, SNI and ALPN, mutual TLS,
 * untrusted or mismatched server certificates failing the connect, skipped verification
 * (which still reports why the server is not authorized), STARTTLS on both sides,
 * certificate reload for new connections, the cipher suite and the certificates each side
 * presented, and bad handshakes that end only their own connection.
 */
class TlsTests {

	private static final X509Bundle AUTHORITY = TestCertificates.authority("Sockwork Test CA");

	private static final X509Bundle SERVER = TestCertificates.server(AUTHORITY, "server-one");

	private static final X509Bundle CLIENT = TestCertificates.client(AUTHORITY, "client-one");

	private final SocketEngine engine = new SocketEngine(EngineOptions.defaults().withThreads(2));

	private final List<String> serverEvents = new CopyOnWriteArrayList<>();

	@AfterEach
	void closeEngine() {
		this.engine.close();
	}

	@Test
	void aTlsServerEchoesOverTls13AndOpensAfterTheHandshake() throws Exception {
		TcpServer<Void> server = listen(TlsOptions.server(keyManagers(SERVER)));
		Client client = connect(server, trusting().withServerName("localhost"));
		assertThat(client.echo("hello")).isEqualTo("hello");
		TlsInfo tls = client.socket.tls();
		assertThat(tls.protocol()).isEqualTo("TLSv1.3");
		assertThat(tls.authorized()).isTrue();
		assertThat(subject(tls.peerCertificates().get(0))).contains("server-one");
		assertThat(this.serverEvents).startsWith("handshake:true", "open");
		assertThat(server.isTls()).isTrue();
		assertThat(server.stats().handshakes(true)).isEqualTo(1);
		assertThat(server.stats().handshakeNanos(true)).isPositive();
	}

	@Test
	void theViewWrittenWholeFlushedAndWrittenAgainGoesOutIntact() throws Exception {
		// The first write of the whole view sends the received buffer itself, and
		// flushing it through TLS consumes that buffer: the writes after it must not
		// follow its indices. The long text is over ReceivedView.SMALL.
		List<String> expected = new CopyOnWriteArrayList<>();
		TcpServer<Void> server = this.engine.listen(
				TcpListenOptions.port(0).withHost("127.0.0.1").withTls(TlsOptions.server(keyManagers(SERVER))),
				new TcpHandler<Void>() {
					@Override
					public void data(TcpSocket<Void> socket, ByteBuffer data) {
						String chunk = StandardCharsets.UTF_8.decode(data.duplicate()).toString();
						socket.write(data);
						socket.flush();
						socket.write(data.rewind());
						socket.write(data.position(1));
						expected.add(chunk + chunk + chunk.substring(1));
					}
				});
		Client client = connect(server, trusting());
		String numbers = IntStream.range(0, 2_000).mapToObj(Integer::toString).collect(Collectors.joining(","));
		for (String text : List.of("abcdef", numbers)) {
			expected.clear();
			client.received().clear();
			client.socket().write(text);
			await().until(() -> expected.stream().mapToInt((echo) -> (echo.length() + 1) / 3).sum() == text.length());
			await().until(() -> String.join("", client.received()).length() >= String.join("", expected).length());
			assertThat(String.join("", client.received())).isEqualTo(String.join("", expected));
		}
	}

	@Test
	void tls12IsNegotiatedWhenTheClientOffersOnlyThat() throws Exception {
		TcpServer<Void> server = listen(TlsOptions.server(keyManagers(SERVER)));
		Client client = connect(server, trusting().withProtocols(List.of("TLSv1.2")));
		assertThat(client.echo("twelve")).isEqualTo("twelve");
		assertThat(client.socket.tls().protocol()).isEqualTo("TLSv1.2");
	}

	@Test
	void theServerSeesTheSniNameAndBothSidesAgreeOnAlpn() throws Exception {
		AtomicReference<TlsInfo> serverTls = new AtomicReference<>();
		TcpServer<Void> server = this.engine.listen(
				TcpListenOptions.port(0)
					.withHost("127.0.0.1")
					.withTls(TlsOptions.server(keyManagers(SERVER)).withAlpn(List.of("sockwork/2", "sockwork/1"))),
				new TcpHandler<Void>() {
					@Override
					public void open(TcpSocket<Void> socket) {
						serverTls.set(socket.tls());
					}
				});
		// The JDK sends SNI only for names with a dot, so not for "localhost".
		Client client = connect(server, trusting().withServerName("sockwork.test").withAlpn(List.of("sockwork/1")));
		await().until(() -> serverTls.get() != null);
		assertThat(serverTls.get().serverName()).isEqualTo("sockwork.test");
		assertThat(serverTls.get().alpnProtocol()).isEqualTo("sockwork/1");
		assertThat(client.socket.tls().alpnProtocol()).isEqualTo("sockwork/1");
	}

	@Test
	void mutualTlsAcceptsATrustedClientCertificateAndBothSidesReportCipherAndCertificates() throws Exception {
		AtomicReference<TlsInfo> serverTls = new AtomicReference<>();
		TcpServer<Void> server = this.engine.listen(TcpListenOptions.port(0).withHost("127.0.0.1").withTls(mutual()),
				new TcpHandler<Void>() {
					@Override
					public void open(TcpSocket<Void> socket) {
						serverTls.set(socket.tls());
					}

					@Override
					public void data(TcpSocket<Void> socket, ByteBuffer data) {
						socket.write(data);
					}
				});
		Client client = connect(server, trusting().withKeyManagers(keyManagers(CLIENT)));
		assertThat(client.echo("mutual")).isEqualTo("mutual");
		assertThat(serverTls.get().authorized()).isTrue();
		assertThat(subject(serverTls.get().peerCertificates().get(0))).contains("client-one");
		// Bun's getCipher() and getCertificate(), on both sides.
		TlsInfo clientTls = client.socket.tls();
		assertThat(clientTls.cipherSuite()).startsWith("TLS_").isEqualTo(serverTls.get().cipherSuite());
		assertThat(subject(clientTls.localCertificates().get(0))).contains("client-one");
		assertThat(subject(serverTls.get().localCertificates().get(0))).contains("server-one");
		assertThat(clientTls.localCertificates()).isEqualTo(serverTls.get().peerCertificates());
	}

	@Test
	void mutualTlsRefusesAClientWithoutACertificate() throws Exception {
		TcpServer<Void> server = listen(mutual());
		List<String> clientEvents = new CopyOnWriteArrayList<>();
		CompletableFuture<TcpSocket<Void>> connecting = this.engine
			.connect(TcpConnectOptions.to("127.0.0.1", server.port()).withTls(trusting()), recording(clientEvents));
		await().until(() -> this.serverEvents.stream().anyMatch((event) -> event.startsWith("handshake:false")));
		assertThat(this.serverEvents).noneMatch((event) -> event.equals("open"));
		// With TLS 1.3 the client may finish its side before the server checks the
		// certificate: it is then closed.
		await().until(() -> connecting.isCompletedExceptionally()
				|| (connecting.isDone() && connecting.join().readyState() == ReadyState.CLOSED));
		assertThat(server.stats().handshakes(false)).isEqualTo(1);
		assertThat(server.connectionCount()).isZero();
	}

	@Test
	void aServerCertificateTheClientDoesNotTrustFailsTheConnectWithoutOpen() throws Exception {
		TcpServer<Void> server = listen(TlsOptions.server(keyManagers(SERVER)));
		List<String> clientEvents = new CopyOnWriteArrayList<>();
		CompletableFuture<TcpSocket<Void>> connecting = this.engine.connect(
				TcpConnectOptions.to("localhost", server.port()).withTls(TlsOptions.client()), recording(clientEvents));
		assertThatThrownBy(() -> connecting.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
			.hasCauseInstanceOf(SSLHandshakeException.class);
		assertThat(clientEvents).containsExactly("handshake:false", "connectError");
	}

	@Test
	void aHostNameMismatchFailsTheConnect() throws Exception {
		TcpServer<Void> server = listen(TlsOptions.server(keyManagers(SERVER)));
		List<String> clientEvents = new CopyOnWriteArrayList<>();
		CompletableFuture<TcpSocket<Void>> connecting = this.engine.connect(
				TcpConnectOptions.to("127.0.0.1", server.port()).withTls(trusting().withServerName("other.example")),
				recording(clientEvents));
		assertThatThrownBy(() -> connecting.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
			.hasRootCauseMessage("No subject alternative DNS name matching other.example found.");
		assertThat(clientEvents).doesNotContain("open");
	}

	@Test
	void skippingVerificationConnectsToAnUntrustedServerButIsNotAuthorized() throws Exception {
		TcpServer<Void> server = listen(TlsOptions.server(keyManagers(SERVER)));
		Client client = connect(server, TlsOptions.client().insecureSkipVerification());
		assertThat(client.echo("insecure")).isEqualTo("insecure");
		assertThat(client.socket.tls().authorized()).isFalse();
		assertThat(client.socket.tls().authorizationError()).hasMessageContaining("PKIX path building failed");
	}

	@Test
	void skippingVerificationConnectsToAServerOfAnotherNameButNamesTheMismatch() throws Exception {
		TcpServer<Void> server = listen(TlsOptions.server(keyManagers(SERVER)));
		Client client = connect(server, trusting().withServerName("other.example").insecureSkipVerification());
		assertThat(client.echo("mismatch")).isEqualTo("mismatch");
		assertThat(client.socket.tls().authorized()).isFalse();
		assertThat(client.socket.tls().authorizationError())
			.hasMessage("No subject alternative DNS name matching other.example found.");
	}

	@Test
	void skippingVerificationOfATrustedServerIsAuthorizedWithoutError() throws Exception {
		TcpServer<Void> server = listen(TlsOptions.server(keyManagers(SERVER)));
		Client client = connect(server, trusting().insecureSkipVerification());
		assertThat(client.echo("trusted")).isEqualTo("trusted");
		assertThat(client.socket.tls().authorized()).isTrue();
		assertThat(client.socket.tls().authorizationError()).isNull();
		Client verifying = connect(server, trusting());
		assertThat(verifying.socket.tls().authorized()).isTrue();
		assertThat(verifying.socket.tls().authorizationError()).isNull();
	}

	@Test
	void startTlsUpgradesAPlainConnectionOnBothSidesKeepingTheSocketAndItsData() throws Exception {
		AtomicReference<TcpSocket<String>> serverSocket = new AtomicReference<>();
		TcpServer<String> server = this.engine.listen(TcpListenOptions.port(0).withHost("127.0.0.1"),
				new TcpHandler<String>() {
					@Override
					public void open(TcpSocket<String> socket) {
						socket.data("server-context");
						serverSocket.set(socket);
					}

					@Override
					public void data(TcpSocket<String> socket, ByteBuffer data) {
						String text = StandardCharsets.UTF_8.decode(data).toString();
						if (text.equals("STARTTLS\n")) {
							socket.write("OK\n");
							socket.upgradeTls(TlsOptions.server(keyManagers(SERVER)));
						}
						else {
							socket.write(socket.data() + ":" + text);
						}
					}
				});
		List<String> received = new CopyOnWriteArrayList<>();
		TcpSocket<String> client = this.engine
			.connect(TcpConnectOptions.to("127.0.0.1", server.port()), new TcpHandler<String>() {
				@Override
				public void data(TcpSocket<String> socket, ByteBuffer data) {
					received.add(StandardCharsets.UTF_8.decode(data).toString());
				}
			})
			.get(5, TimeUnit.SECONDS);
		client.data("client-context");
		client.write("STARTTLS\n");
		await().until(() -> received.contains("OK\n"));
		TcpSocket<String> upgraded = client.upgradeTls(trusting()).get(5, TimeUnit.SECONDS);
		assertThat(upgraded).isSameAs(client);
		client.write("secret");
		await().until(() -> received.contains("server-context:secret"));
		assertThat(client.isTls()).isTrue();
		assertThat(client.data()).isEqualTo("client-context");
		assertThat(serverSocket.get().isTls()).isTrue();
		assertThat(serverSocket.get().tls().protocol()).isEqualTo("TLSv1.3");
		assertThat(client.upgradeTls(trusting())).failsWithin(5, TimeUnit.SECONDS)
			.withThrowableThat()
			.withMessageContaining("already uses TLS");
	}

	@Test
	void reloadingTlsGivesNewConnectionsTheNewCertificateAndKeepsOpenOnes() throws Exception {
		TcpServer<Void> server = listen(TlsOptions.server(keyManagers(SERVER)));
		Client before = connect(server, trusting());
		server.reloadTls(TlsOptions.server(keyManagers(TestCertificates.server(AUTHORITY, "server-two"))));
		Client after = connect(server, trusting());
		assertThat(subject(after.socket.tls().peerCertificates().get(0))).contains("server-two");
		assertThat(before.echo("still open")).isEqualTo("still open");
		assertThat(subject(before.socket.tls().peerCertificates().get(0))).contains("server-one");
	}

	@Test
	void garbagePlaintextAndTruncatedHandshakesEndOnlyTheirOwnConnection() throws Exception {
		TcpServer<Void> server = listen(TlsOptions.server(keyManagers(SERVER)));
		Client healthy = connect(server, trusting());
		byte[] garbage = new byte[512];
		new Random(42).nextBytes(garbage);
		try (BlockingClient random = new BlockingClient(server.port());
				BlockingClient plaintext = new BlockingClient(server.port());
				BlockingClient truncated = new BlockingClient(server.port())) {
			random.send(garbage);
			plaintext.send("HELLO IN THE CLEAR\r\n");
			truncated.send(new byte[] { 0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00 });
			truncated.shutdownOutput();
			random.readToEnd();
			plaintext.readToEnd();
			truncated.readToEnd();
		}
		await().until(() -> server.connectionCount() == 1);
		assertThat(healthy.echo("unaffected")).isEqualTo("unaffected");
		assertThat(connect(server, trusting()).echo("new clients too")).isEqualTo("new clients too");
		assertThat(server.stats().handshakes(false)).isEqualTo(3);
		assertThat(this.serverEvents).noneMatch((event) -> event.startsWith("error"));
	}

	@Test
	void aPlaintextClientsFailedHandshakeCarriesNoneOfItsBytes() throws Exception {
		String secret = "TOP-SECRET-7f3a9c";
		List<Throwable> failures = new CopyOnWriteArrayList<>();
		TcpServer<Void> server = this.engine.listen(
				TcpListenOptions.port(0).withHost("127.0.0.1").withTls(TlsOptions.server(keyManagers(SERVER))),
				new TcpHandler<Void>() {
					@Override
					public void handshake(TcpSocket<Void> socket, boolean success, Throwable error) {
						failures.add(error);
					}
				});
		try (BlockingClient plaintext = new BlockingClient(server.port())) {
			plaintext.send(secret + "\r\n");
			plaintext.readToEnd();
		}
		await().until(() -> failures.size() == 1);
		StringWriter trace = new StringWriter();
		failures.get(0).printStackTrace(new PrintWriter(trace));
		assertThat(trace.toString()).contains("not an SSL/TLS record")
			.doesNotContain(PayloadForms.of(secret).toArray(String[]::new));
	}

	@Test
	void aClientCannotRenegotiateTls12AndOtherConnectionsKeepBeingServed() throws Exception {
		assertRenegotiationRefused(listen(TlsOptions.server(keyManagers(SERVER))));
	}

	@Test
	void aClientOfAnSniListenerCannotRenegotiateEither() throws Exception {
		X509Bundle other = TestCertificates.server(AUTHORITY, "server-sni");
		assertRenegotiationRefused(listen(TlsOptions.server(keyManagers(SERVER))
			.withSni(Map.of("sni.example", TlsOptions.server(keyManagers(other))))));
	}

	private void assertRenegotiationRefused(TcpServer<Void> server) throws Exception {
		Client healthy = connect(server, trusting().withProtocols(List.of("TLSv1.2")));
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, AUTHORITY.toTrustManagerFactory().getTrustManagers(), null);
		try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", server.port())) {
			socket.setSoTimeout(10_000);
			socket.setEnabledProtocols(new String[] { "TLSv1.2" });
			assertThat(echo(socket, "before")).isEqualTo("before");
			// A second handshake on an established TLS 1.2 connection: a client-initiated
			// renegotiation.
			socket.startHandshake();
			String answer;
			try {
				answer = echo(socket, "after");
			}
			catch (IOException ex) {
				answer = "failed: " + ex;
			}
			assertThat(answer).isNotEqualTo("after");
		}
		assertThat(healthy.echo("unaffected")).isEqualTo("unaffected");
		assertThat(connect(server, trusting()).echo("new clients too")).isEqualTo("new clients too");
	}

	private static String echo(SSLSocket socket, String text) throws IOException {
		socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
		socket.getOutputStream().flush();
		return new String(socket.getInputStream().readNBytes(text.length()), StandardCharsets.UTF_8);
	}

	@Test
	void connectionsWithTheSameClientOptionsResumeTheirTlsSession() throws Exception {
		SSLContext serverContext = SSLContext.getInstance("TLS");
		serverContext.init(keyManagers(SERVER).getKeyManagers(), null, null);
		TlsOptions tls = trusting().withProtocols(List.of("TLSv1.2"));
		List<String> sessionIds = new CopyOnWriteArrayList<>();
		try (SSLServerSocket listener = (SSLServerSocket) serverContext.getServerSocketFactory()
			.createServerSocket(0, 2, InetAddress.getLoopbackAddress())) {
			CompletableFuture<Void> serving = CompletableFuture.runAsync(() -> {
				for (int i = 0; i < 2; i++) {
					try (SSLSocket accepted = (SSLSocket) listener.accept()) {
						accepted.startHandshake();
						sessionIds.add(HexFormat.of().formatHex(accepted.getSession().getId()));
						accepted.getOutputStream().write('!');
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}
			});
			for (int i = 0; i < 2; i++) {
				List<String> received = new CopyOnWriteArrayList<>();
				this.engine.connect(TcpConnectOptions.to("localhost", listener.getLocalPort()).withTls(tls),
						new TcpHandler<Void>() {
							@Override
							public void data(TcpSocket<Void> socket, ByteBuffer data) {
								received.add(StandardCharsets.UTF_8.decode(data).toString());
							}
						})
					.get(5, TimeUnit.SECONDS);
				await().until(() -> received.contains("!"));
			}
			serving.get(10, TimeUnit.SECONDS);
		}
		assertThat(sessionIds).hasSize(2);
		assertThat(sessionIds.get(1)).as("the second connection's session").isEqualTo(sessionIds.get(0));
	}

	private TcpServer<Void> listen(TlsOptions tls) {
		return this.engine.listen(TcpListenOptions.port(0).withHost("127.0.0.1").withTls(tls), new TcpHandler<Void>() {
			@Override
			public void handshake(TcpSocket<Void> socket, boolean success, Throwable error) {
				TlsTests.this.serverEvents.add("handshake:" + success);
			}

			@Override
			public void open(TcpSocket<Void> socket) {
				TlsTests.this.serverEvents.add("open");
			}

			@Override
			public void data(TcpSocket<Void> socket, ByteBuffer data) {
				socket.write(data);
			}

			@Override
			public void error(TcpSocket<Void> socket, Throwable error) {
				TlsTests.this.serverEvents.add("error:" + error);
			}
		});
	}

	private Client connect(TcpServer<?> server, TlsOptions tls) throws Exception {
		List<String> received = new CopyOnWriteArrayList<>();
		TcpSocket<Void> socket = this.engine
			.connect(TcpConnectOptions.to("localhost", server.port()).withTls(tls), new TcpHandler<Void>() {
				@Override
				public void data(TcpSocket<Void> socket, ByteBuffer data) {
					received.add(StandardCharsets.UTF_8.decode(data).toString());
				}
			})
			.get(5, TimeUnit.SECONDS);
		return new Client(socket, received);
	}

	private static TcpHandler<Void> recording(List<String> events) {
		return new TcpHandler<>() {
			@Override
			public void handshake(TcpSocket<Void> socket, boolean success, Throwable error) {
				events.add("handshake:" + success);
			}

			@Override
			public void open(TcpSocket<Void> socket) {
				events.add("open");
			}

			@Override
			public void connectError(TcpSocket<Void> socket, Throwable error) {
				events.add("connectError");
			}
		};
	}

	private static TlsOptions trusting() {
		return TlsOptions.client().withTrustManagers(AUTHORITY.toTrustManagerFactory());
	}

	private static TlsOptions mutual() {
		return TlsOptions.server(keyManagers(SERVER))
			.withClientAuth(TlsClientAuth.NEED)
			.withTrustManagers(AUTHORITY.toTrustManagerFactory());
	}

	private static KeyManagerFactory keyManagers(X509Bundle bundle) {
		try {
			return bundle.toKeyManagerFactory();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String subject(java.security.cert.Certificate certificate) {
		return ((X509Certificate) certificate).getSubjectX500Principal().getName();
	}

	private record Client(TcpSocket<Void> socket, List<String> received) {

		String echo(String text) {
			this.received.clear();
			this.socket.write(text);
			await().until(() -> String.join("", this.received).length() >= text.length());
			return String.join("", this.received);
		}

	}

}
