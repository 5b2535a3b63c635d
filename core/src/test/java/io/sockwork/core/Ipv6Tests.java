package io.sockwork.core;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * IPv4 and IPv6 on loopback: sockets report their address families as Bun does
 * ({@code localFamily}, {@code remoteFamily}); an {@code ipv6Only} server (on NIO, which
 * cannot set IPV6_V6ONLY, by closing IPv4 peers at accept) serves ::1 and refuses
 * 127.0.0.1; an {@code ipv6Only} client connects to IPv6 addresses only.
 */
class Ipv6Tests {

	private final SocketEngine engine = new SocketEngine(EngineOptions.defaults().withThreads(2));

	@AfterEach
	void closeEngine() {
		this.engine.close();
	}

	@Test
	void socketsReportTheFamiliesOfTheirAddresses() throws Exception {
		List<String> serverSide = new CopyOnWriteArrayList<>();
		TcpServer<Void> server = this.engine.listen(TcpListenOptions.port(0), new TcpHandler<Void>() {
			@Override
			public void open(TcpSocket<Void> socket) {
				serverSide.add(socket.localFamily() + "/" + socket.remoteFamily());
			}
		});
		TcpSocket<Void> overIpv6 = connect("::1", server.port(), false);
		TcpSocket<Void> overIpv4 = connect("127.0.0.1", server.port(), false);
		assertThat(overIpv6.localFamily()).isEqualTo("IPv6");
		assertThat(overIpv6.remoteFamily()).isEqualTo("IPv6");
		assertThat(overIpv4.localFamily()).isEqualTo("IPv4");
		assertThat(overIpv4.remoteFamily()).isEqualTo("IPv4");
		await().until(() -> serverSide.size() == 2);
		assertThat(serverSide).containsExactlyInAnyOrder("IPv6/IPv6", "IPv4/IPv4");
		overIpv6.close();
		overIpv4.close();
	}

	@Test
	void anIpv6OnlyServerServesIpv6PeersAndClosesIpv4Ones() throws IOException {
		TcpServer<Void> server = this.engine.listen(TcpListenOptions.port(0).withIpv6Only(true), new EchoHandler());
		assertThat(server.hostname()).isEqualTo("0:0:0:0:0:0:0:0");
		try (Socket ipv6 = new Socket()) {
			ipv6.connect(new InetSocketAddress("::1", server.port()), 5000);
			ipv6.setSoTimeout(10_000);
			ipv6.getOutputStream().write("six".getBytes(StandardCharsets.UTF_8));
			assertThat(new String(ipv6.getInputStream().readNBytes(3), StandardCharsets.UTF_8)).isEqualTo("six");
		}
		try (BlockingClient ipv4 = new BlockingClient(server.port())) {
			assertThat(ipv4.readToEnd()).as("closed by the server at once").isEmpty();
		}
		await().until(() -> server.stats().rejected() == 1);
		assertThat(server.stats().opened()).isEqualTo(1);
	}

	@Test
	void anIpv6OnlyServerNeedsAnIpv6Host() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TcpListenOptions.port(0).withHost("127.0.0.1").withIpv6Only(true))
			.withMessageContaining("'ipv6Only' needs an IPv6 address");
	}

	@Test
	void anIpv6OnlyClientConnectsToIpv6AddressesOnly() throws Exception {
		TcpServer<Void> server = this.engine.listen(TcpListenOptions.port(0), new EchoHandler());
		TcpSocket<Void> socket = connect("::1", server.port(), true);
		assertThat(socket.remoteFamily()).isEqualTo("IPv6");
		socket.close();
		assertThatThrownBy(() -> connect("127.0.0.1", server.port(), true)).isInstanceOf(ExecutionException.class)
			.cause()
			.isInstanceOf(UnknownHostException.class)
			.hasMessageContaining("127.0.0.1 has no IPv6 address");
	}

	private TcpSocket<Void> connect(String host, int port, boolean ipv6Only) throws Exception {
		return this.engine.connect(TcpConnectOptions.to(host, port).withIpv6Only(ipv6Only), new TcpHandler<Void>() {
		}).get(5, TimeUnit.SECONDS);
	}

}
