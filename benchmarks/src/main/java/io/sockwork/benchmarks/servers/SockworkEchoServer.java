package io.sockwork.benchmarks.servers;

import java.nio.ByteBuffer;
import java.util.concurrent.CountDownLatch;

import io.sockwork.core.EngineOptions;
import io.sockwork.core.SocketEngine;
import io.sockwork.core.TcpHandler;
import io.sockwork.core.TcpListenOptions;
import io.sockwork.core.TcpServer;
import io.sockwork.core.TcpSocket;
import org.jspecify.annotations.Nullable;

/**
 * A stand-in for the sample app's {@code echo} listener, on the core API only: used by
 * {@code run.sh} until {@code sample-app/target/sockwork-sample-app.jar} exists. TCP only
 * (core has no UDP yet).
 */
public final class SockworkEchoServer {

	private SockworkEchoServer() {
	}

	/**
	 * Starts the echo server and blocks until the process is killed.
	 * @param args {@code --tcp-port=N --threads=N}
	 * @throws InterruptedException if interrupted while serving
	 */
	public static void main(String[] args) throws InterruptedException {
		ServerArgs options = ServerArgs.parse(args);
		SocketEngine engine = new SocketEngine(EngineOptions.defaults().withThreads(options.threads()));
		TcpServer<ByteBuffer> server = engine.listen(TcpListenOptions.port(options.tcpPort()).withHost("127.0.0.1"),
				new Echo());
		Runtime.getRuntime().addShutdownHook(new Thread(engine::close));
		System.out.println("Sockwork stand-in echo on " + server.port() + " (" + engine.transport() + ", "
				+ engine.threads() + " threads)");
		new CountDownLatch(1).await();
	}

	/**
	 * Echoes every chunk; when {@code write} accepts less, keeps the rest as the socket's
	 * data, pauses reading, and writes the rest on {@code drain} before resuming.
	 */
	public static final class Echo implements TcpHandler<ByteBuffer> {

		@Override
		public void data(TcpSocket<ByteBuffer> socket, ByteBuffer data) {
			if (socket.write(data) >= 0 && data.hasRemaining()) {
				socket.data(ByteBuffer.allocate(data.remaining()).put(data).flip());
				socket.pause();
			}
		}

		@Override
		public void drain(TcpSocket<ByteBuffer> socket) {
			@Nullable ByteBuffer rest = socket.data();
			if (rest == null) {
				return;
			}
			socket.write(rest);
			if (!rest.hasRemaining()) {
				socket.data(null);
				socket.resume();
			}
		}

	}

}
