package io.sockwork.benchmarks.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Idle connections: once a first connection has echoed and closed, measures the server's
 * memory, opens {@code connections} sockets and echoes one 5-byte message on each (a
 * 4-byte length header and one byte, so that length-framed servers answer too; every
 * socket is then accepted and has seen traffic), lets them sit idle, measures again, and
 * reports the difference per connection: heap after GC for a JVM, resident set for any
 * process.
 */
final class IdleLoad {

	private static final byte[] PING = { 0, 0, 0, 1, 42 };

	private IdleLoad() {
	}

	static LoadResult run(InetSocketAddress target, int connections, long pid, long settleMillis)
			throws IOException, InterruptedException {
		ServerMemory memory = new ServerMemory(pid);
		boolean jvm = memory.isJvm();
		// What a server makes once, on its first connection, is not a cost per connection
		// (the sample app's first one takes about 0.7 MB of heap, most of it JFR's
		// registry, which Netty's buffer events bring up): one connection echoes and
		// closes before the first reading.
		Socket first = open(target);
		try {
			first.getOutputStream().write(PING);
			expectEcho(first, 0);
		}
		finally {
			reset(first);
		}
		long heapBefore = jvm ? memory.heapAfterGc() : 0;
		long rssBefore = memory.settledRss();
		List<Socket> sockets = new ArrayList<>(connections);
		try {
			for (int i = 0; i < connections; i++) {
				sockets.add(open(target));
			}
			for (Socket socket : sockets) {
				socket.getOutputStream().write(PING);
			}
			for (int i = 0; i < sockets.size(); i++) {
				expectEcho(sockets.get(i), i);
			}
			Thread.sleep(settleMillis);
			long heapAfter = jvm ? memory.heapAfterGc() : 0;
			long rssAfter = memory.settledRss();
			LoadResult result = new LoadResult().put("connections", connections);
			result.put("heap_per_conn", jvm ? Long.toString((heapAfter - heapBefore) / connections) : "n/a");
			return result.put("rss_per_conn", (rssAfter - rssBefore) / connections).put("errors", 0);
		}
		finally {
			sockets.forEach(IdleLoad::reset);
		}
	}

	private static Socket open(InetSocketAddress target) throws IOException {
		Socket socket = new Socket(target.getAddress(), target.getPort());
		socket.setTcpNoDelay(true);
		socket.setSoTimeout(10_000);
		return socket;
	}

	private static void expectEcho(Socket socket, int index) throws IOException {
		byte[] echo = socket.getInputStream().readNBytes(PING.length);
		if (!Arrays.equals(echo, PING)) {
			throw new IOException("Connection " + index + " echoed " + Arrays.toString(echo));
		}
	}

	/**
	 * Closes with a reset rather than a FIN, so that thousands of connections leave no
	 * TIME_WAIT behind them to slow the kernel under the next rows of a run.
	 */
	private static void reset(Socket socket) {
		try {
			socket.setSoLinger(true, 0);
		}
		catch (IOException ex) {
			// closed already: nothing is left behind
		}
		TcpLoad.close(socket);
	}

}
