package io.sockwork.benchmarks.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * Idle connections: measures the server's memory, opens {@code connections} sockets and echoes one byte on each (so
 * that every one is accepted and has seen traffic), lets them sit idle, measures again, and reports the difference per
 * connection: heap after GC for a JVM, resident set for any process.
 */
final class IdleLoad {

	private IdleLoad() {
	}

	static LoadResult run(InetSocketAddress target, int connections, long pid, long settleMillis)
			throws IOException, InterruptedException {
		ServerMemory memory = new ServerMemory(pid);
		boolean jvm = memory.isJvm();
		long heapBefore = jvm ? memory.heapAfterGc() : 0;
		long rssBefore = memory.rss();
		List<SocketChannel> channels = new ArrayList<>(connections);
		try {
			for (int i = 0; i < connections; i++) {
				SocketChannel channel = SocketChannel.open(target);
				channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
				channels.add(channel);
			}
			for (SocketChannel channel : channels) {
				channel.write(ByteBuffer.wrap(new byte[] { 42 }));
			}
			ByteBuffer echo = ByteBuffer.allocate(1);
			for (SocketChannel channel : channels) {
				echo.clear();
				if (channel.read(echo) != 1 || echo.get(0) != 42) {
					throw new IOException("Connection " + channels.indexOf(channel) + " did not echo its byte");
				}
			}
			Thread.sleep(settleMillis);
			long heapAfter = jvm ? memory.heapAfterGc() : 0;
			long rssAfter = memory.rss();
			LoadResult result = new LoadResult().put("connections", connections);
			result.put("heap_per_conn", jvm ? Long.toString((heapAfter - heapBefore) / connections) : "n/a");
			return result.put("rss_per_conn", (rssAfter - rssBefore) / connections).put("errors", 0);
		}
		finally {
			channels.forEach(TcpLoad::close);
		}
	}

}
