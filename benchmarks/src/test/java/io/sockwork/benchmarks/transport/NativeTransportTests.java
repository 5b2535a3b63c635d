package io.sockwork.benchmarks.transport;

import java.io.IOException;
import java.net.BindException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import io.netty.channel.epoll.Epoll;
import io.netty.channel.uring.IoUring;
import io.sockwork.core.EngineOptions;
import io.sockwork.core.SocketBindException;
import io.sockwork.core.SocketEngine;
import io.sockwork.core.TcpHandler;
import io.sockwork.core.TcpListenOptions;
import io.sockwork.core.TcpServer;
import io.sockwork.core.TcpSocket;
import io.sockwork.core.Transport;
import io.sockwork.core.UdpChannel;
import io.sockwork.core.UdpHandler;
import io.sockwork.core.UdpOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * With Netty's native epoll and io_uring libraries on the classpath (this module has
 * them), the engine's {@code AUTO} transport picks epoll, sockets work on it, and on
 * io_uring where the kernel allows it.
 */
@EnabledOnOs(value = OS.LINUX, architectures = "amd64")
class NativeTransportTests {

	@Test
	void udpTtlCanBeSetOnEpoll() {
		try (SocketEngine engine = new SocketEngine(EngineOptions.defaults().withThreads(1))) {
			UdpChannel channel = engine.udpSocket(UdpOptions.port(0).withHost("127.0.0.1"), new UdpHandler() {
			}).join();
			assertThatNoException().isThrownBy(() -> channel.setTtl(17));
			channel.close();
		}
	}

	@Test
	void autoPicksEpollWhenItsNativeLibraryIsPresent() throws IOException {
		assertThat(Epoll.isAvailable()).as("epoll: %s", Epoll.unavailabilityCause()).isTrue();
		try (SocketEngine engine = new SocketEngine(EngineOptions.defaults().withThreads(1))) {
			assertThat(engine.transport()).isEqualTo(Transport.EPOLL);
			assertEchoes(engine, "over epoll");
		}
	}

	@Test
	void ioUringServesTcpAndUdpWhenTheKernelAllowsIt() throws IOException {
		assumeTrue(IoUring.isAvailable(), () -> "io_uring refused here: " + IoUring.unavailabilityCause());
		try (SocketEngine engine = new SocketEngine(new EngineOptions(1, Transport.IO_URING))) {
			assertThat(engine.transport()).isEqualTo(Transport.IO_URING);
			assertEchoes(engine, "over io_uring");
			// A reply that is the received view: the datagram's own buffer goes back.
			UdpChannel echo = engine.udpSocket(UdpOptions.port(0).withHost("127.0.0.1"), new UdpHandler() {
				@Override
				public void data(UdpChannel channel, ByteBuffer datagram, InetSocketAddress sender) {
					channel.send(datagram, sender);
				}
			}).join();
			assertThatNoException().isThrownBy(() -> echo.setTtl(17));
			try (DatagramSocket client = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
				client.setSoTimeout(5000);
				byte[] sent = "datagram over io_uring".getBytes(StandardCharsets.UTF_8);
				client.send(new DatagramPacket(sent, sent.length, echo.address()));
				DatagramPacket reply = new DatagramPacket(new byte[64], 64);
				client.receive(reply);
				assertThat(new String(reply.getData(), 0, reply.getLength(), StandardCharsets.UTF_8))
					.isEqualTo("datagram over io_uring");
			}
		}
	}

	@Test
	void aPortInUseFailsWithABindExceptionOnEpollAsOnNio() throws IOException {
		try (SocketEngine engine = new SocketEngine(new EngineOptions(1, Transport.EPOLL));
				ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			assertThatExceptionOfType(SocketBindException.class).isThrownBy(() -> engine
				.listen(TcpListenOptions.port(taken.getLocalPort()).withHost("127.0.0.1"), new TcpHandler<Void>() {
				})).havingRootCause().isInstanceOf(BindException.class).withMessageContaining("Address already in use");
		}
	}

	private static void assertEchoes(SocketEngine engine, String text) throws IOException {
		TcpServer<Void> server = engine.listen(TcpListenOptions.port(0).withHost("127.0.0.1"), new TcpHandler<Void>() {
			@Override
			public void data(TcpSocket<Void> socket, ByteBuffer data) {
				socket.write(data);
			}
		});
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		try (Socket client = new Socket("127.0.0.1", server.port())) {
			client.setSoTimeout(5000);
			client.getOutputStream().write(bytes);
			assertThat(client.getInputStream().readNBytes(bytes.length)).asString(StandardCharsets.UTF_8)
				.isEqualTo(text);
		}
	}

}
