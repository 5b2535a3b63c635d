package io.sockwork.core;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@link VirtualMachineError} thrown by a handler is rethrown, not treated as a handler
 * error: the {@code error} handler never sees it and it is not counted; a TCP connection
 * whose handler threw one is closed, a UDP socket goes on serving.
 */
class FatalErrorTests {

	private final SocketEngine engine = new SocketEngine(EngineOptions.defaults().withThreads(1));

	private final List<Throwable> errors = new CopyOnWriteArrayList<>();

	@AfterEach
	void closeEngine() {
		this.engine.close();
	}

	@Test
	void aStackOverflowInATcpDataHandlerClosesItsConnectionWithoutReachingTheErrorHandler() {
		TcpServer<Void> server = this.engine.listen(TcpListenOptions.port(0).withHost("127.0.0.1"),
				new TcpHandler<Void>() {
					@Override
					public void data(TcpSocket<Void> socket, ByteBuffer data) {
						throw new StackOverflowError("from the handler");
					}

					@Override
					public void error(TcpSocket<Void> socket, Throwable error) {
						FatalErrorTests.this.errors.add(error);
					}
				});
		try (BlockingClient client = new BlockingClient(server.port())) {
			client.send("overflow");
			client.readToEnd();
		}
		assertThat(this.errors).isEmpty();
		assertThat(server.stats().handlerErrors(SocketEvent.DATA)).isZero();
	}

	@Test
	void anOutOfMemoryErrorInAUdpDataHandlerNeverReachesTheErrorHandler() throws Exception {
		UdpChannel server = this.engine.udpSocket(UdpOptions.port(0).withHost("127.0.0.1"), new UdpHandler() {
			@Override
			public void data(UdpChannel channel, ByteBuffer datagram, InetSocketAddress sender) {
				if (StandardCharsets.UTF_8.decode(datagram).toString().equals("oom")) {
					throw new OutOfMemoryError("from the handler");
				}
				channel.send(ByteBuffer.wrap("served".getBytes(StandardCharsets.UTF_8)), sender);
			}

			@Override
			public void error(UdpChannel channel, Throwable error) {
				FatalErrorTests.this.errors.add(error);
			}
		}).join();
		try (DatagramSocket client = new DatagramSocket(0, InetAddress.getByName("127.0.0.1"))) {
			client.setSoTimeout(10_000);
			InetSocketAddress target = new InetSocketAddress("127.0.0.1", server.port());
			client.send(new DatagramPacket("oom".getBytes(StandardCharsets.UTF_8), 3, target));
			client.send(new DatagramPacket("next".getBytes(StandardCharsets.UTF_8), 4, target));
			DatagramPacket reply = new DatagramPacket(new byte[64], 64);
			client.receive(reply);
			assertThat(new String(reply.getData(), 0, reply.getLength(), StandardCharsets.UTF_8)).isEqualTo("served");
		}
		assertThat(this.errors).isEmpty();
		assertThat(server.stats().handlerErrors()).isZero();
	}

}
