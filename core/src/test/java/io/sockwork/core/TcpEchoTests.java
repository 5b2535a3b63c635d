package io.sockwork.core;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's echo server and client talk, and a thousand concurrent connections each
 * get their own bytes back.
 */
class TcpEchoTests {

	private final SocketEngine engine = new SocketEngine(EngineOptions.defaults().withThreads(2));

	@AfterEach
	void closeEngine() {
		this.engine.close();
	}

	@Test
	void theReadmeEchoServerAndClientTalk() throws Exception {
		List<String> echoes = new java.util.concurrent.CopyOnWriteArrayList<>();
		TcpServer<Void> server = this.engine.listen(TcpListenOptions.port(0).withHost("127.0.0.1"), new TcpHandler<>() {
			@Override
			public void data(TcpSocket<Void> socket, ByteBuffer data) {
				socket.write(data); // echo back
			}
		});
		TcpSocket<Void> socket = this.engine
			.connect(TcpConnectOptions.to("localhost", server.port()), new TcpHandler<Void>() {
				@Override
				public void data(TcpSocket<Void> socket, ByteBuffer data) {
					echoes.add("echo: " + StandardCharsets.UTF_8.decode(data));
					socket.end();
				}
			})
			.join();
		socket.write("Hello, TCP!");
		await().until(() -> socket.readyState() == ReadyState.CLOSED);
		assertThat(echoes).containsExactly("echo: Hello, TCP!");
		assertThat(server.hostname()).isEqualTo("127.0.0.1");
		await().until(() -> server.connectionCount() == 0);
	}

	@Test
	void thousandConcurrentConnectionsEachGetTheirOwnBytesBack() {
		TcpServer<Void> server = this.engine.listen(TcpListenOptions.port(0).withHost("127.0.0.1").withBacklog(1024),
				new EchoHandler());
		List<BlockingClient> clients = new ArrayList<>();
		try {
			for (int i = 0; i < 1000; i++) {
				clients.add(new BlockingClient(server.port()));
			}
			await().atMost(Duration.ofSeconds(10)).until(() -> server.connectionCount() == 1000);
			for (int i = 0; i < clients.size(); i++) {
				clients.get(i).send(payload(i));
			}
			for (int i = 0; i < clients.size(); i++) {
				byte[] expected = payload(i);
				assertThat(clients.get(i).readBytes(expected.length)).isEqualTo(expected);
			}
		}
		finally {
			clients.forEach(BlockingClient::close);
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> server.connectionCount() == 0);
		assertThat(server.stats().opened()).isEqualTo(1000);
	}

	private static byte[] payload(int client) {
		return ("client " + client + " says " + "x".repeat(client % 97) + "\n").getBytes(StandardCharsets.UTF_8);
	}

}
