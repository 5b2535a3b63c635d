package io.sockwork.benchmarks.load;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.TimeUnit;

import io.sockwork.benchmarks.servers.NettyEchoServer;
import io.sockwork.benchmarks.servers.ServerArgs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load generator counts what a correct echo server returns without failing, and fails
 * the connection when the server changes one byte: its numbers can be trusted.
 */
class TcpLoadTests {

	// A ceiling against a hang only: both runs end on what they wait for, long before.
	private static final long CEILING = TimeUnit.SECONDS.toNanos(60);

	@Test
	void whenTheServerEchoesEveryByteThenMessagesCountAndNothingFails() throws Exception {
		try (NettyEchoServer server = new NettyEchoServer(new ServerArgs(0, -1, 1))) {
			LoadResult result = TcpLoad.run(new TcpLoad.Options(new InetSocketAddress("127.0.0.1", server.tcpPort()), 4,
					4, 100, 0, CEILING, 1, 1000));
			assertThat(result.get("errors")).isEqualTo("0");
			assertThat(Long.parseLong(result.get("count"))).isGreaterThanOrEqualTo(1000);
		}
	}

	@Test
	void whenTheServerChangesOneByteThenTheConnectionFails() throws Exception {
		try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			Thread corrupting = new Thread(() -> corruptByte(listener, 1000));
			corrupting.setDaemon(true);
			corrupting.start();
			LoadResult result = TcpLoad.run(new TcpLoad.Options(
					new InetSocketAddress("127.0.0.1", listener.getLocalPort()), 1, 4, 100, 0, CEILING, 1, 0));
			assertThat(result.get("errors")).isEqualTo("1");
		}
	}

	/** Echoes one connection, flipping the byte at {@code offset} of the stream. */
	private static void corruptByte(ServerSocket listener, long offset) {
		try (Socket socket = listener.accept()) {
			InputStream in = socket.getInputStream();
			OutputStream out = socket.getOutputStream();
			byte[] buffer = new byte[4096];
			long position = 0;
			int read;
			while ((read = in.read(buffer)) > 0) {
				if (offset >= position && offset < position + read) {
					buffer[(int) (offset - position)] ^= 1;
				}
				position += read;
				out.write(buffer, 0, read);
			}
		}
		catch (Exception ex) {
			// the generator closed the connection
		}
	}

}
