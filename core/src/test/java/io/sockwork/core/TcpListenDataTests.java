package io.sockwork.core;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Bun's {@code Bun.listen({ data })} and {@code socket.listener}: each accepted socket
 * starts with the data the listen options supply (already set in {@code open}), the
 * server has its own {@code data}, an accepted socket knows its server and a client
 * socket has none.
 */
class TcpListenDataTests {

	private final SocketEngine engine = new SocketEngine(EngineOptions.defaults().withThreads(2));

	@AfterEach
	void closeEngine() {
		this.engine.close();
	}

	@Test
	void everyAcceptedSocketStartsWithTheSuppliedDataAndKnowsItsListener() throws Exception {
		AtomicInteger sessions = new AtomicInteger();
		List<Session> seenInOpen = new CopyOnWriteArrayList<>();
		List<TcpServer<Session>> listeners = new CopyOnWriteArrayList<>();
		TcpServer<Session> server = this.engine.listen(
				TcpListenOptions.port(0).withHost("127.0.0.1").withData(() -> new Session(sessions.incrementAndGet())),
				new TcpHandler<Session>() {
					@Override
					public void open(TcpSocket<Session> socket) {
						seenInOpen.add(socket.data());
						listeners.add(socket.listener());
					}
				});
		assertThat(server.data()).isEqualTo(new Session(1));
		try (BlockingClient first = new BlockingClient(server.port());
				BlockingClient second = new BlockingClient(server.port())) {
			await().until(() -> seenInOpen.size() == 2);
		}
		assertThat(seenInOpen).containsExactlyInAnyOrder(new Session(2), new Session(3));
		assertThat(listeners).containsOnly(server);
	}

	@Test
	void withoutADataSupplierSocketsAndServerHaveNoDataAndAClientHasNoListener() throws Exception {
		List<Object> seen = new CopyOnWriteArrayList<>();
		TcpServer<Object> server = this.engine.listen(TcpListenOptions.port(0).withHost("127.0.0.1"),
				new TcpHandler<Object>() {
					@Override
					public void open(TcpSocket<Object> socket) {
						seen.add(String.valueOf(socket.data()));
					}
				});
		assertThat(server.data()).isNull();
		TcpSocket<Object> client = this.engine
			.connect(TcpConnectOptions.to("127.0.0.1", server.port()), new TcpHandler<Object>() {
			})
			.get(5, TimeUnit.SECONDS);
		assertThat(client.listener()).isNull();
		await().until(() -> seen.contains("null"));
		client.close();
	}

	record Session(int number) {
	}

}
