package io.sockwork.benchmarks.jmh;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import io.sockwork.benchmarks.servers.NettyEchoServer;
import io.sockwork.benchmarks.servers.ServerArgs;
import io.sockwork.boot.annotation.UdpSocket;
import io.sockwork.boot.autoconfigure.SockworkAutoConfiguration;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.core.EngineOptions;
import io.sockwork.core.SocketEngine;
import io.sockwork.core.Transport;
import io.sockwork.core.UdpChannel;
import io.sockwork.core.UdpHandler;
import io.sockwork.core.UdpOptions;
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
 * One 64-byte UDP echo round trip over loopback, on NIO with one event loop: a plain
 * {@code UdpHandler} that sends back the view it was given, an annotated method that
 * returns it, and raw Netty replying with the received buffer. With {@code -prof gc},
 * {@code gc.alloc.rate.norm} gives the bytes each path allocates per datagram (the client
 * is the same for all three). Run with
 * {@code java -cp 'benchmarks/target/sockwork-benchmarks.jar:benchmarks/target/lib/*' org.openjdk.jmh.Main UdpEchoRoundTrip -prof gc}.
 */
// JMH sets the @Param field, and start() the others, before a benchmark method runs.
@SuppressWarnings("NullAway.Init")
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class UdpEchoRoundTripBenchmark {

	/**
	 * Which server echoes: a plain {@code UdpHandler}, an annotated bean method, or raw
	 * Netty.
	 */
	@Param({ "sockwork", "annotated", "netty" })
	public String server;

	private AutoCloseable running;

	private DatagramSocket socket;

	private DatagramPacket request;

	private DatagramPacket reply;

	/**
	 * Starts the server on an ephemeral port and opens the client.
	 * @throws IOException if the client cannot be opened
	 */
	@Setup(Level.Trial)
	public void start() throws IOException {
		int port;
		if (this.server.equals("sockwork")) {
			SocketEngine engine = new SocketEngine(new EngineOptions(1, Transport.NIO));
			port = engine.udpSocket(UdpOptions.port(0).withHost("127.0.0.1"), new Echo()).join().port();
			this.running = engine;
		}
		else if (this.server.equals("annotated")) {
			ConfigurableApplicationContext context = new SpringApplicationBuilder(AnnotatedEcho.class)
				.web(WebApplicationType.NONE)
				.bannerMode(Banner.Mode.OFF)
				.properties("sockwork.engine.threads=1", "sockwork.engine.transport=nio")
				.run();
			port = Objects.requireNonNull(context.getBean(SocketRegistry.class).udpSocket("echo"), "socket 'echo'")
				.port();
			this.running = context;
		}
		else {
			NettyEchoServer netty = new NettyEchoServer(new ServerArgs(-1, 0, 1));
			port = netty.udpPort();
			this.running = netty;
		}
		this.socket = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0));
		this.socket.setSoTimeout(5000);
		this.request = new DatagramPacket(new byte[64], 64, new InetSocketAddress("127.0.0.1", port));
		this.reply = new DatagramPacket(new byte[128], 128);
	}

	/**
	 * Sends 64 bytes and receives them back.
	 * @return the reply, so that nothing is eliminated
	 * @throws IOException if the round trip fails
	 */
	@Benchmark
	public DatagramPacket roundTrip() throws IOException {
		this.socket.send(this.request);
		this.socket.receive(this.reply);
		return this.reply;
	}

	/**
	 * Closes the client and the server.
	 * @throws Exception if closing fails
	 */
	@TearDown(Level.Trial)
	public void stop() throws Exception {
		this.socket.close();
		this.running.close();
	}

	/**
	 * Sends every datagram back: the view itself, so the reply shares the received
	 * buffer.
	 */
	static final class Echo implements UdpHandler {

		@Override
		public void data(UdpChannel channel, ByteBuffer datagram, InetSocketAddress sender) {
			channel.send(datagram, sender);
		}

	}

	/**
	 * The annotated echo, written as the sample app's {@code udp-echo}.
	 */
	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(SockworkAutoConfiguration.class)
	public static class AnnotatedEcho {

		/**
		 * Returns the datagram: the reply.
		 * @param datagram the datagram
		 * @return the same view
		 */
		@UdpSocket(name = "echo", host = "127.0.0.1", port = "0")
		public ByteBuffer echo(ByteBuffer datagram) {
			return datagram;
		}

	}

}
