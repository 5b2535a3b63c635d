package io.sockwork.core;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Listeners and clients on Unix domain sockets: they echo, the socket file is removed
 * when the server stops and a stale one before it binds, a regular file in the way is
 * kept and fails the bind, and a Unix listener has no port.
 */
class UnixDomainSocketTests {

	private final SocketEngine engine = new SocketEngine(EngineOptions.defaults().withThreads(2));

	@TempDir
	Path directory;

	@AfterEach
	void closeEngine() {
		this.engine.close();
	}

	@Test
	void echoesOverAUnixSocketAndRemovesItsFileWhenStopped() throws Exception {
		Path file = this.directory.resolve("echo.sock");
		TcpServer<Void> server = this.engine.listen(TcpListenOptions.unix(file), new EchoHandler());
		assertThat(file).exists();
		assertThat(server.port()).isZero();
		assertThat(server.hostname()).isEqualTo(file.toString());
		CompletableFuture<String> echoed = new CompletableFuture<>();
		TcpSocket<Void> socket = this.engine.connect(TcpConnectOptions.unix(file), new TcpHandler<Void>() {
			@Override
			public void data(TcpSocket<Void> socket, ByteBuffer data) {
				echoed.complete(StandardCharsets.UTF_8.decode(data).toString());
			}
		}).get(5, TimeUnit.SECONDS);
		assertThat(socket.write("over unix")).isEqualTo(9);
		assertThat(echoed.get(5, TimeUnit.SECONDS)).isEqualTo("over unix");
		assertThat(socket.remoteAddress()).isNull();
		assertThat(socket.remotePort()).isEqualTo(-1);
		assertThat(socket.toString()).contains("echo.sock");
		server.stop(true);
		assertThat(file).doesNotExist();
	}

	@Test
	void listeningRemovesAStaleSocketFileFirst() {
		Path file = this.directory.resolve("stale.sock");
		this.engine.listen(TcpListenOptions.unix(file), new EchoHandler());
		try (SocketEngine next = new SocketEngine(EngineOptions.defaults().withThreads(1))) {
			// The first engine still holds the file, as a process that died without
			// removing it would.
			TcpServer<Void> server = next.listen(TcpListenOptions.unix(file), new EchoHandler());
			assertThat(server.isListening()).isTrue();
		}
	}

	@Test
	void aRegularFileInTheWayIsKeptAndTheBindFails() throws Exception {
		Path file = Files.writeString(this.directory.resolve("data.txt"), "keep me");
		assertThatExceptionOfType(SocketBindException.class)
			.isThrownBy(() -> this.engine.listen(TcpListenOptions.unix(file), new EchoHandler()));
		assertThat(file).hasContent("keep me");
	}

	@Test
	void aUnixListenerTakesNoPort() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TcpListenOptions.unix(this.directory.resolve("x.sock")).withHost("127.0.0.1"))
			.withMessageContaining("Unix domain socket");
	}

}
