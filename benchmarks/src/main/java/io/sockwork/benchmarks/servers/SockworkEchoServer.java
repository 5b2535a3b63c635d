package io.sockwork.benchmarks.servers;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

import io.sockwork.core.EngineOptions;
import io.sockwork.core.SocketEngine;
import io.sockwork.core.TcpHandler;
import io.sockwork.core.TcpListenOptions;
import io.sockwork.core.TcpServer;
import io.sockwork.core.TcpSocket;
import io.sockwork.core.Transport;
import io.sockwork.core.UdpChannel;
import io.sockwork.core.UdpHandler;
import io.sockwork.core.UdpOptions;
import org.jspecify.annotations.Nullable;

/**
 * The sample app's {@code echo} and {@code udp-echo} sockets on the core API alone, with
 * no Spring, Tomcat or annotation dispatch: the {@code sockwork-core-*} rows of
 * {@code run.sh}, which separate the engine's cost from the application's, and the
 * stand-in for the sample app until {@code sample-app/target/sockwork-sample-app.jar}
 * exists.
 */
public final class SockworkEchoServer {

	private SockworkEchoServer() {
	}

	/**
	 * Starts the echo server and blocks until the process is killed.
	 * @param args
	 * {@code --tcp-port=N --udp-port=N --threads=N --transport=nio|epoll|io_uring}
	 * @throws InterruptedException if interrupted while serving
	 */
	public static void main(String[] args) throws InterruptedException {
		ServerArgs options = ServerArgs.parse(args);
		SocketEngine engine = new SocketEngine(EngineOptions.defaults()
			.withThreads(options.threads())
			.withTransport(Transport.valueOf(options.transport().toUpperCase(Locale.ROOT))));
		// UDP first: once the TCP port answers, run.sh starts the load
		if (options.udpPort() >= 0) {
			engine.udpSocket(UdpOptions.port(options.udpPort()).withHost("127.0.0.1"), new UdpEcho()).join();
		}
		TcpServer<ByteBuffer> server = engine.listen(TcpListenOptions.port(options.tcpPort()).withHost("127.0.0.1"),
				new Echo());
		Runtime.getRuntime().addShutdownHook(new Thread(engine::close));
		System.out.println("Sockwork core echo on " + server.port() + " (" + engine.transport() + ", "
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

	/** Sends every datagram back to its sender. */
	static final class UdpEcho implements UdpHandler {

		@Override
		public void data(UdpChannel channel, ByteBuffer datagram, InetSocketAddress sender) {
			channel.send(datagram, sender);
		}

	}

}
