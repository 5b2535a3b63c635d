package io.sockwork.benchmarks.jmh;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import io.sockwork.benchmarks.servers.NettyEchoServer;
import io.sockwork.benchmarks.servers.ServerArgs;
import io.sockwork.benchmarks.servers.SockworkEchoServer;
import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.boot.autoconfigure.SockworkAutoConfiguration;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.core.EngineOptions;
import io.sockwork.core.SocketEngine;
import io.sockwork.core.TcpListenOptions;
import io.sockwork.core.TcpSocket;
import io.sockwork.core.Transport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * One 64-byte echo round trip over loopback, on NIO with one event loop, through a plain
 * {@code TcpHandler} on the core API and an annotated bean method, against the same echo
 * written on raw Netty: the difference is the cost of Sockwork's per-event dispatch
 * (socket wrapper, write accounting, flush on return). With {@code -prof gc},
 * {@code gc.alloc.rate.norm} gives the bytes each path allocates per round trip (the
 * client is the same for all three). Core's Netty classes are package-private, so the
 * path is measured end to end rather than on an {@code EmbeddedChannel}. Run with
 * {@code java -cp 'benchmarks/target/sockwork-benchmarks.jar:benchmarks/target/lib/*' org.openjdk.jmh.Main EchoRoundTrip}.
 */
// JMH sets the @Param field, and start() the others, before a benchmark method runs.
@SuppressWarnings("NullAway.Init")
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EchoRoundTripBenchmark {

	/**
	 * Which server echoes: a plain {@code TcpHandler}, an annotated bean method, or raw
	 * Netty.
	 */
	@Param({ "sockwork", "annotated", "netty" })
	public String server;

	private AutoCloseable running;

	private Socket socket;

	private OutputStream out;

	private InputStream in;

	private final byte[] message = new byte[64];

	private final byte[] echo = new byte[64];

	/**
	 * Starts the server on an ephemeral port and connects.
	 * @throws IOException if the connection fails
	 */
	@Setup(Level.Trial)
	public void start() throws IOException {
		int port;
		if (this.server.equals("sockwork")) {
			SocketEngine engine = new SocketEngine(new EngineOptions(1, Transport.NIO));
			port = engine.listen(TcpListenOptions.port(0).withHost("127.0.0.1"), new SockworkEchoServer.Echo()).port();
			this.running = engine;
		}
		else if (this.server.equals("annotated")) {
			ConfigurableApplicationContext context = new SpringApplicationBuilder(AnnotatedEcho.class)
				.web(WebApplicationType.NONE)
				.bannerMode(Banner.Mode.OFF)
				.properties("sockwork.engine.threads=1", "sockwork.engine.transport=nio")
				.run();
			port = Objects.requireNonNull(context.getBean(SocketRegistry.class).server("echo"), "listener 'echo'")
				.port();
			this.running = context;
		}
		else {
			NettyEchoServer netty = new NettyEchoServer(new ServerArgs(0, -1, 1));
			port = netty.tcpPort();
			this.running = netty;
		}
		this.socket = new Socket("127.0.0.1", port);
		this.socket.setTcpNoDelay(true);
		this.out = this.socket.getOutputStream();
		this.in = this.socket.getInputStream();
	}

	/**
	 * Writes 64 bytes and reads them back.
	 * @return the echo, so that nothing is eliminated
	 * @throws IOException if the round trip fails
	 */
	@Benchmark
	public byte[] roundTrip() throws IOException {
		this.out.write(this.message);
		int read = 0;
		while (read < this.echo.length) {
			read += this.in.read(this.echo, read, this.echo.length - read);
		}
		return this.echo;
	}

	/**
	 * Closes the connection and the server.
	 * @throws Exception if closing fails
	 */
	@TearDown(Level.Trial)
	public void stop() throws Exception {
		this.socket.close();
		this.running.close();
	}

	/**
	 * The annotated echo: the same per-event work as {@code SockworkEchoServer.Echo},
	 * through a bean method.
	 */
	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(SockworkAutoConfiguration.class)
	public static class AnnotatedEcho {

		/**
		 * Writes every chunk back.
		 * @param socket the socket
		 * @param data the chunk
		 */
		@TcpListener(name = "echo", host = "127.0.0.1", port = "0")
		public void echo(TcpSocket<Object> socket, ByteBuffer data) {
			socket.write(data);
		}

	}

}
