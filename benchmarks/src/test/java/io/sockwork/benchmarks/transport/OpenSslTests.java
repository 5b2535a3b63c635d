package io.sockwork.benchmarks.transport;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLSocket;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.netty.handler.ssl.OpenSsl;
import io.netty.pkitesting.X509Bundle;
import io.sockwork.core.EngineOptions;
import io.sockwork.core.SocketEngine;
import io.sockwork.core.TcpConnectOptions;
import io.sockwork.core.TcpHandler;
import io.sockwork.core.TcpListenOptions;
import io.sockwork.core.TcpServer;
import io.sockwork.core.TcpSocket;
import io.sockwork.core.TlsOptions;
import io.sockwork.testsupport.TestCertificates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * With netty-tcnative on the classpath (this module's tests have it), TLS runs on OpenSSL
 * (BoringSSL), says so in the log, and behaves as on the JDK's provider: a client's TLS
 * 1.2 renegotiation is refused there too; exporting keying material, which netty-tcnative
 * does not expose, fails naming the provider.
 */
@EnabledOnOs(value = OS.LINUX, architectures = "amd64")
class OpenSslTests {

	@Test
	void tlsUsesOpenSslWhenNettyTcnativeIsPresentAndSaysSo() throws Exception {
		ListAppender<ILoggingEvent> log = new ListAppender<>();
		log.start();
		((Logger) LoggerFactory.getLogger("io.sockwork.core.TlsContexts")).addAppender(log);
		assertThat(OpenSsl.isAvailable()).as("OpenSSL: %s", OpenSsl.unavailabilityCause()).isTrue();
		X509Bundle authority = TestCertificates.authority("Test CA");
		X509Bundle server = TestCertificates.server(authority, "localhost");
		try (SocketEngine engine = new SocketEngine(EngineOptions.defaults().withThreads(1))) {
			TcpServer<Void> listener = tlsEcho(engine, server);
			List<String> received = new CopyOnWriteArrayList<>();
			TcpSocket<Void> client = engine.connect(
					TcpConnectOptions.to("localhost", listener.port())
						.withTls(TlsOptions.client().withTrustManagers(authority.toTrustManagerFactory())),
					new TcpHandler<Void>() {
						@Override
						public void data(TcpSocket<Void> socket, ByteBuffer data) {
							received.add(StandardCharsets.UTF_8.decode(data).toString());
						}
					})
				.get(10, TimeUnit.SECONDS);
			client.write("over openssl");
			await().until(() -> String.join("", received).equals("over openssl"));
			assertThat(client.tls().protocol()).isEqualTo("TLSv1.3");
			assertThat(client.tls().authorized()).isTrue();
			assertThatExceptionOfType(UnsupportedOperationException.class)
				.isThrownBy(() -> client.exportKeyingMaterial(32, "EXPERIMENTAL-sockwork", null))
				.withMessageContaining("OPENSSL");
		}
		assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
			.contains("Sockwork TLS uses the OPENSSL provider");
	}

	@Test
	void aClientCannotRenegotiateTls12OnOpenSsl() throws Exception {
		X509Bundle server = TestCertificates.server("localhost");
		try (SocketEngine engine = new SocketEngine(EngineOptions.defaults().withThreads(1))) {
			TcpServer<Void> listener = tlsEcho(engine, server);
			try (SSLSocket socket = tls12Socket(listener.port()); SSLSocket other = tls12Socket(listener.port())) {
				assertThat(echo(socket, "before")).isEqualTo("before");
				socket.startHandshake();
				assertThat(answerOrFailure(socket, "after")).isNotEqualTo("after");
				assertThat(echo(other, "unaffected")).isEqualTo("unaffected");
			}
		}
	}

	private static TcpServer<Void> tlsEcho(SocketEngine engine, X509Bundle server) throws Exception {
		return engine.listen(
				TcpListenOptions.port(0).withHost("127.0.0.1").withTls(TlsOptions.server(server.toKeyManagerFactory())),
				new TcpHandler<Void>() {
					@Override
					public void data(TcpSocket<Void> socket, ByteBuffer data) {
						socket.write(data);
					}
				});
	}

	private static SSLSocket tls12Socket(int port) throws IOException {
		SSLSocket socket = (SSLSocket) TestCertificates.clientContext(null)
			.getSocketFactory()
			.createSocket("127.0.0.1", port);
		socket.setSoTimeout(10_000);
		socket.setEnabledProtocols(new String[] { "TLSv1.2" });
		return socket;
	}

	private static String answerOrFailure(SSLSocket socket, String text) {
		try {
			return echo(socket, text);
		}
		catch (IOException ex) {
			return "failed: " + ex;
		}
	}

	private static String echo(SSLSocket socket, String text) throws IOException {
		socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
		socket.getOutputStream().flush();
		return new String(socket.getInputStream().readNBytes(text.length()), StandardCharsets.UTF_8);
	}

}
