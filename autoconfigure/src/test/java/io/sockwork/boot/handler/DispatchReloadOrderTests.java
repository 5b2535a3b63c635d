package io.sockwork.boot.handler;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.sockwork.core.EngineOptions;
import io.sockwork.core.SocketEngine;
import io.sockwork.core.TcpHandler;
import io.sockwork.core.TcpListenOptions;
import io.sockwork.core.TcpServer;
import io.sockwork.core.TcpSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A reload while a socket's dispatch queue is full (the socket has stopped reading): the
 * queue belongs to the socket, not to the handler set, so the events queued for the old
 * handlers run first and the new handlers get the rest, every byte once and in order,
 * although the executor has several threads.
 */
class DispatchReloadOrderTests {

	private static final int TOTAL = 64 * 1024;

	private final SocketEngine engine = new SocketEngine(EngineOptions.defaults().withThreads(1));

	private final ExecutorService executor = Executors.newFixedThreadPool(4);

	@AfterEach
	void close() {
		this.engine.close();
		this.executor.shutdownNow();
	}

	@Test
	void eventsReachTheOldThenTheNewHandlersInOrder() throws Exception {
		DispatchLimits limits = new DispatchLimits(1024, 512);
		CountDownLatch release = new CountDownLatch(1);
		Recording old = new Recording("old", release);
		Recording replacement = new Recording("new", new CountDownLatch(0));
		List<String> handledBy = new CopyOnWriteArrayList<>();
		ByteArrayOutputStream handled = new ByteArrayOutputStream();
		old.into(handledBy, handled);
		replacement.into(handledBy, handled);
		TcpServer<Object> server = this.engine.listen(TcpListenOptions.port(0).withHost("127.0.0.1"),
				new DispatchingTcpHandler(old, this.executor, limits));
		byte[] sent = new byte[TOTAL];
		for (int i = 0; i < sent.length; i++) {
			sent[i] = (byte) (i % 251);
		}
		try (Socket client = new Socket()) {
			client.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
			OutputStream out = client.getOutputStream();
			for (int offset = 0; offset < TOTAL; offset += 1024) {
				out.write(sent, offset, 1024);
			}
			out.flush();
			await().until(() -> server.stats().dispatchPauses() >= 1);
			server.reload(new DispatchingTcpHandler(replacement, this.executor, limits));
			release.countDown();
			await().until(() -> size(handled) == TOTAL);
		}
		assertThat(handledBy).contains("old", "new");
		assertThat(handledBy.subList(handledBy.indexOf("new"), handledBy.size())).containsOnly("new");
		synchronized (handled) {
			assertThat(handled.toByteArray()).isEqualTo(sent);
		}
	}

	private static int size(ByteArrayOutputStream handled) {
		synchronized (handled) {
			return handled.size();
		}
	}

	private static final class Recording implements TcpHandler<Object> {

		private final String name;

		private final CountDownLatch release;

		private List<String> handledBy = List.of();

		private ByteArrayOutputStream handled = new ByteArrayOutputStream();

		Recording(String name, CountDownLatch release) {
			this.name = name;
			this.release = release;
		}

		void into(List<String> handledBy, ByteArrayOutputStream handled) {
			this.handledBy = handledBy;
			this.handled = handled;
		}

		@Override
		public void data(TcpSocket<Object> socket, ByteBuffer data) {
			try {
				this.release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			byte[] bytes = new byte[data.remaining()];
			data.get(bytes);
			this.handledBy.add(this.name);
			synchronized (this.handled) {
				this.handled.writeBytes(bytes);
			}
		}

	}

}
