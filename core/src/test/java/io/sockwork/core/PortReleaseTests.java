package io.sockwork.core;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * On NIO with one event loop, a UDP socket closed and a TCP server stopped from another
 * thread have let go of their port when the call returns: the same port binds again at
 * once, and the old listener refuses connections (NIO closes a registered socket only at
 * the loop's next select).
 */
class PortReleaseTests {

	@Test
	void closedUdpSocketsPortBindsAgainAtOnce() {
		try (SocketEngine engine = new SocketEngine(new EngineOptions(1, Transport.NIO))) {
			for (int i = 0; i < 20; i++) {
				UdpChannel first = engine.udpSocket(UdpOptions.port(0).withHost("127.0.0.1"), new UdpHandler() {
				}).join();
				int port = first.port();
				first.close();
				UdpChannel second = engine.udpSocket(UdpOptions.port(port).withHost("127.0.0.1"), new UdpHandler() {
				}).join();
				assertThat(second.port()).isEqualTo(port);
				second.close();
			}
		}
	}

	@Test
	void stoppedServerRefusesConnectionsAndItsPortBindsAgain() throws IOException {
		try (SocketEngine engine = new SocketEngine(new EngineOptions(1, Transport.NIO))) {
			for (int i = 0; i < 20; i++) {
				TcpServer<Void> first = engine.listen(TcpListenOptions.port(0).withHost("127.0.0.1"),
						new TcpHandler<Void>() {
						});
				int port = first.port();
				first.stop(true);
				assertThatExceptionOfType(ConnectException.class)
					.isThrownBy(() -> new Socket("127.0.0.1", port).close());
				TcpServer<Void> second = engine.listen(TcpListenOptions.port(port).withHost("127.0.0.1"),
						new TcpHandler<Void>() {
						});
				assertThat(second.port()).isEqualTo(port);
				second.stop(true);
			}
		}
	}

}
