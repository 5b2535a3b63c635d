package io.sockwork.core;

import java.net.InetAddress;
import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that Sockwork names addresses as {@code 127.0.0.1:9000} and {@code [::1]:9000}
 * (also for an uncompressed IPv6 literal), in the one format and in the names of its
 * sockets.
 */
class AddressesTests {

	@Test
	void anAddressPrintsAsHostColonPortWithIpv6CompressedInBrackets() throws Exception {
		assertThat(Addresses.format(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 9000)))
			.isEqualTo("127.0.0.1:9000");
		assertThat(Addresses.format(new InetSocketAddress(InetAddress.getByName("::1"), 9000))).isEqualTo("[::1]:9000");
		assertThat(Addresses.format("::1", 9000)).isEqualTo("[::1]:9000");
		assertThat(Addresses.format("0:0:0:0:0:0:0:1", 9000)).isEqualTo("[::1]:9000");
		assertThat(Addresses.format("127.0.0.1", 9000)).isEqualTo("127.0.0.1:9000");
		assertThat(Addresses.format("localhost", 9000)).isEqualTo("localhost:9000");
		assertThat(TcpConnectOptions.to("::1", 9000).target()).isEqualTo("[::1]:9000");
	}

	@Test
	void aSocketAndItsServerAreNamedByTheirAddressesWithoutSlashes() throws Exception {
		try (SocketEngine engine = new SocketEngine(EngineOptions.defaults().withThreads(1))) {
			TcpServer<Object> server = engine.listen(TcpListenOptions.port(0).withHost("127.0.0.1"),
					new TcpHandler<>() {
					});
			TcpSocket<Object> client = engine
				.connect(TcpConnectOptions.to("127.0.0.1", server.port()), new TcpHandler<>() {
				})
				.get();
			assertThat(server.toString()).startsWith("TcpServer[127.0.0.1:" + server.port() + ", ");
			assertThat(client.toString()).startsWith("TcpSocket[127.0.0.1:")
				.contains(" <-> 127.0.0.1:" + server.port() + ", ");
			client.close();
			server.stop(true);
		}
	}

}
