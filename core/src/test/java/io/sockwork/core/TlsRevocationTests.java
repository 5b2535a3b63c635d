package io.sockwork.core;

import java.nio.ByteBuffer;
import java.security.cert.CertificateException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLHandshakeException;

import io.netty.pkitesting.X509Bundle;
import io.sockwork.testsupport.TestCertificates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Certificate revocation lists (Bun's {@code tls.crl}), generated in the test: a client
 * refuses a server whose certificate the list revokes, a server refuses a revoked client
 * certificate, certificates the list does not name still connect, and a list that its
 * issuer did not sign is not believed.
 */
class TlsRevocationTests {

	private static final X509Bundle AUTHORITY = TestCertificates.authority("Revoking CA");

	private static final X509Bundle GOOD_SERVER = TestCertificates.server(AUTHORITY, "good-server");

	private static final X509Bundle REVOKED_SERVER = TestCertificates.server(AUTHORITY, "revoked-server");

	private static final X509Bundle GOOD_CLIENT = TestCertificates.client(AUTHORITY, "good-client");

	private static final X509Bundle REVOKED_CLIENT = TestCertificates.client(AUTHORITY, "revoked-client");

	private static final List<java.security.cert.X509CRL> CRLS = List
		.of(TestCertificates.crl(AUTHORITY, REVOKED_SERVER, REVOKED_CLIENT));

	private final SocketEngine engine = new SocketEngine(EngineOptions.defaults().withThreads(2));

	@AfterEach
	void closeEngine() {
		this.engine.close();
	}

	@Test
	void aClientRefusesAServerWhoseCertificateIsRevoked() throws Exception {
		TlsOptions client = TlsOptions.client().withTrustManagers(AUTHORITY.toTrustManagerFactory()).withCrls(CRLS);
		assertThat(connect(listen(TlsOptions.server(keyManagers(GOOD_SERVER))), client).get(5, TimeUnit.SECONDS)
			.tls()
			.authorized()).isTrue();
		CompletableFuture<TcpSocket<Void>> revoked = connect(listen(TlsOptions.server(keyManagers(REVOKED_SERVER))),
				client);
		assertThatThrownBy(() -> revoked.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
			.hasCauseInstanceOf(SSLHandshakeException.class)
			.rootCause()
			.isInstanceOf(CertificateException.class)
			.hasMessageContaining("revoked-server")
			.hasMessageContaining("is revoked by the CRL of CN=Revoking CA");
	}

	@Test
	void aServerRefusesARevokedClientCertificate() throws Exception {
		List<String> handshakes = new CopyOnWriteArrayList<>();
		TcpServer<Void> server = this.engine.listen(TcpListenOptions.port(0)
			.withHost("127.0.0.1")
			.withTls(TlsOptions.server(keyManagers(GOOD_SERVER))
				.withClientAuth(TlsClientAuth.NEED)
				.withTrustManagers(AUTHORITY.toTrustManagerFactory())
				.withCrls(CRLS)), new TcpHandler<Void>() {
					@Override
					public void handshake(TcpSocket<Void> socket, boolean success, Throwable error) {
						handshakes.add(success + ":" + ((error != null) ? error.getMessage() : ""));
					}

					@Override
					public void data(TcpSocket<Void> socket, ByteBuffer data) {
						socket.write(data);
					}
				});
		TlsOptions trusting = TlsOptions.client().withTrustManagers(AUTHORITY.toTrustManagerFactory());
		connect(server, trusting.withKeyManagers(keyManagers(GOOD_CLIENT))).get(5, TimeUnit.SECONDS);
		await().until(() -> handshakes.contains("true:"));
		connect(server, trusting.withKeyManagers(keyManagers(REVOKED_CLIENT)));
		await().until(() -> handshakes.stream().anyMatch((event) -> event.startsWith("false:")));
		assertThat(server.stats().handshakes(false)).isEqualTo(1);
		assertThat(server.stats().handshakes(true)).isEqualTo(1);
	}

	@Test
	void aListNotSignedByTheIssuerIsNotBelieved() throws Exception {
		X509Bundle impostor = TestCertificates.authority("Revoking CA");
		TlsOptions client = TlsOptions.client()
			.withTrustManagers(AUTHORITY.toTrustManagerFactory())
			.withCrls(List.of(TestCertificates.crl(impostor, REVOKED_SERVER)));
		TcpSocket<Void> socket = connect(listen(TlsOptions.server(keyManagers(REVOKED_SERVER))), client).get(5,
				TimeUnit.SECONDS);
		assertThat(socket.tls().authorized()).isTrue();
	}

	private TcpServer<Void> listen(TlsOptions tls) {
		return this.engine.listen(TcpListenOptions.port(0).withHost("127.0.0.1").withTls(tls), new EchoHandler());
	}

	private CompletableFuture<TcpSocket<Void>> connect(TcpServer<?> server, TlsOptions tls) {
		return this.engine.connect(TcpConnectOptions.to("localhost", server.port()).withTls(tls),
				new TcpHandler<Void>() {
				});
	}

	private static KeyManagerFactory keyManagers(X509Bundle bundle) {
		try {
			return bundle.toKeyManagerFactory();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
