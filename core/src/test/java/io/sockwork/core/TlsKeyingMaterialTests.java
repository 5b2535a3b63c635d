package io.sockwork.core;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.netty.pkitesting.X509Bundle;
import io.sockwork.testsupport.TestCertificates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * RFC 5705 keying material (Bun's {@code exportKeyingMaterial}): before Java 25 the JDK
 * cannot export it and the error says what enables it; on Java 25 (core's build runs this
 * class a second time on Temurin 25 where the machine has it) both sides of a TLS
 * connection derive the same bytes for a label and context, and different bytes for
 * another label. A plain socket has none.
 */
class TlsKeyingMaterialTests {

	private static final X509Bundle SERVER = TestCertificates.server("keying-server");

	private static final byte[] CONTEXT = "context".getBytes(StandardCharsets.US_ASCII);

	private final SocketEngine engine = new SocketEngine(EngineOptions.defaults().withThreads(2));

	private final AtomicReference<TcpSocket<Void>> serverSocket = new AtomicReference<>();

	@AfterEach
	void closeEngine() {
		this.engine.close();
	}

	@Test
	void beforeJava25ExportingFailsNamingWhatEnablesIt() throws Exception {
		assumeTrue(Runtime.version().feature() < 25, "Java 25 exports keying material");
		TcpSocket<Void> client = connectOverTls();
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> client.exportKeyingMaterial(32, "EXPERIMENTAL-sockwork", CONTEXT))
			.withMessageContaining("Java 25")
			.withMessageContaining("ExtendedSSLSession.exportKeyingMaterialData");
	}

	@Test
	void onJava25BothSidesExportTheSameKeyingMaterial() throws Exception {
		assumeTrue(Runtime.version().feature() >= 25, "exporting keying material needs Java 25");
		TcpSocket<Void> client = connectOverTls();
		byte[] clientSide = client.exportKeyingMaterial(32, "EXPERIMENTAL-sockwork", CONTEXT);
		byte[] serverSide = this.serverSocket.get().exportKeyingMaterial(32, "EXPERIMENTAL-sockwork", CONTEXT);
		assertThat(clientSide).hasSize(32).isEqualTo(serverSide);
		assertThat(client.exportKeyingMaterial(32, "EXPERIMENTAL-other", CONTEXT)).isNotEqualTo(clientSide);
	}

	@Test
	void aPlainSocketHasNoKeyingMaterial() throws Exception {
		TcpServer<Void> server = this.engine.listen(TcpListenOptions.port(0).withHost("127.0.0.1"), new EchoHandler());
		TcpSocket<Void> client = this.engine
			.connect(TcpConnectOptions.to("127.0.0.1", server.port()), new TcpHandler<Void>() {
			})
			.get(5, TimeUnit.SECONDS);
		assertThatIllegalStateException().isThrownBy(() -> client.exportKeyingMaterial(16, "EXPERIMENTAL-x", null))
			.withMessageContaining("plain socket");
	}

	private TcpSocket<Void> connectOverTls() throws Exception {
		TcpServer<Void> server = this.engine.listen(
				TcpListenOptions.port(0).withHost("127.0.0.1").withTls(TlsOptions.server(SERVER.toKeyManagerFactory())),
				new TcpHandler<Void>() {
					@Override
					public void open(TcpSocket<Void> socket) {
						TlsKeyingMaterialTests.this.serverSocket.set(socket);
					}
				});
		TcpSocket<Void> client = this.engine
			.connect(
					TcpConnectOptions.to("localhost", server.port())
						.withTls(TlsOptions.client()
							.withTrustManagers(TestCertificates.AUTHORITY.toTrustManagerFactory())),
					new TcpHandler<Void>() {
					})
			.get(5, TimeUnit.SECONDS);
		await().until(() -> this.serverSocket.get() != null);
		return client;
	}

}
