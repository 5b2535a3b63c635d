package io.sockwork.benchmarks.load;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Memory per idle connection leaves out what a server makes once, on its first
 * connection.
 */
class IdleLoadTests {

	private static final int ONCE = 4 * 1024 * 1024;

	private static final int CONNECTIONS = 50;

	@Test
	void whatAServerMakesOnItsFirstConnectionIsNotACostPerConnection() throws Exception {
		// This JVM is the server: its heap holds both ends of every connection, a few
		// kilobytes each, and the 4 MB the server makes once (80 KB a connection if it
		// counted).
		try (ServerSocket listener = new ServerSocket(0, CONNECTIONS + 1, InetAddress.getLoopbackAddress())) {
			OnceAllocatingEcho server = new OnceAllocatingEcho(listener);
			Thread serving = new Thread(server::serve, "once-allocating-echo");
			serving.setDaemon(true);
			serving.start();
			LoadResult result = IdleLoad.run(new InetSocketAddress("127.0.0.1", listener.getLocalPort()), CONNECTIONS,
					ProcessHandle.current().pid(), 0);
			assertThat(server.madeOnce).hasSize(ONCE);
			assertThat(result.get("errors")).isEqualTo("0");
			assertThat(Long.parseLong(result.get("heap_per_conn"))).isPositive().isLessThan(ONCE / CONNECTIONS / 2);
		}
	}

	/** Echoes 5 bytes on each connection, one after another, and keeps them open. */
	private static final class OnceAllocatingEcho {

		private final ServerSocket listener;

		private final List<Socket> open = new ArrayList<>();

		private volatile byte[] madeOnce = new byte[0];

		OnceAllocatingEcho(ServerSocket listener) {
			this.listener = listener;
		}

		void serve() {
			try {
				while (true) {
					Socket socket = this.listener.accept();
					if (this.madeOnce.length == 0) {
						this.madeOnce = new byte[ONCE];
					}
					this.open.add(socket);
					socket.getOutputStream().write(socket.getInputStream().readNBytes(5));
				}
			}
			catch (IOException ex) {
				// the listener closed: the test is over
			}
		}

	}

}
