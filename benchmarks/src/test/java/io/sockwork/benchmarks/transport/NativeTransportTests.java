package io.sockwork.benchmarks.transport;

import java.io.IOException;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import io.netty.channel.epoll.Epoll;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * With Netty's native epoll library on the classpath (this module's tests have it), the
 * engine's {@code AUTO} transport picks epoll, and sockets work on it.
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
			TcpServer<Void> server = engine.listen(TcpListenOptions.port(0).withHost("127.0.0.1"),
					new TcpHandler<Void>() {
						@Override
						public void data(TcpSocket<Void> socket, ByteBuffer data) {
							socket.write(data);
						}
					});
			try (Socket client = new Socket("127.0.0.1", server.port())) {
				client.setSoTimeout(5000);
				client.getOutputStream().write("over epoll".getBytes(StandardCharsets.UTF_8));
				assertThat(client.getInputStream().readNBytes(10)).asString(StandardCharsets.UTF_8)
					.isEqualTo("over epoll");
			}
		}
	}

}
