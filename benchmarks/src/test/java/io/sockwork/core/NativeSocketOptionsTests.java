package io.sockwork.core;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.netty.channel.ChannelConfig;
import io.netty.channel.ChannelOption;
import io.netty.channel.epoll.Epoll;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * On the native transports (this module's tests have epoll's library; io_uring's tests
 * skip where its library is missing or the kernel refuses it: 4.2.19.Final has no
 * linux-x86_64 io_uring artifact on Maven Central, and 4.2.18.Final's library does not
 * link with the 4.2.19 classes), {@code setKeepAlive} sets TCP_KEEPIDLE through the
 * transport's own option (read back from the channel), an {@code ipv6Only} server sets
 * IPV6_V6ONLY so that an IPv4 client is refused by the kernel, and the unicast TTL of UDP
 * can be set. In core's package to read the channel.
 */
@EnabledOnOs(value = OS.LINUX, architectures = "amd64")
class NativeSocketOptionsTests {

	@ParameterizedTest
	@EnumSource(names = { "EPOLL", "IO_URING" })
	void keepAliveIdleTimeIsSetThroughTheTransportsOwnOption(Transport transport) throws Exception {
		try (SocketEngine engine = engine(transport)) {
			AtomicReference<TcpSocket<Void>> accepted = new AtomicReference<>();
			TcpServer<Void> server = engine.listen(TcpListenOptions.port(0).withHost("127.0.0.1"),
					new TcpHandler<Void>() {
						@Override
						public void open(TcpSocket<Void> socket) {
							accepted.set(socket);
						}
					});
			try (Socket client = new Socket("127.0.0.1", server.port())) {
				await().until(() -> accepted.get() != null);
				TcpSocket<Void> socket = accepted.get();
				assertThat(socket.setKeepAlive(true, Duration.ofSeconds(42))).isTrue();
				ChannelConfig config = ((NettyTcpSocket<Void>) socket).channel().config();
				assertThat(config.getOption(ChannelOption.SO_KEEPALIVE)).isTrue();
				assertThat(config.getOption(NettyTransport.resolve(transport).keepIdle())).isEqualTo(42);
			}
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "EPOLL", "IO_URING" })
	void anIpv6OnlyServerIsClosedToIpv4ByTheKernel(Transport transport) throws IOException {
		try (SocketEngine engine = engine(transport)) {
			TcpServer<Void> server = engine.listen(TcpListenOptions.port(0).withIpv6Only(true), new TcpHandler<Void>() {
				@Override
				public void data(TcpSocket<Void> socket, ByteBuffer data) {
					socket.write(data);
				}
			});
			try (Socket ipv6 = new Socket()) {
				ipv6.connect(new InetSocketAddress("::1", server.port()), 5000);
				ipv6.setSoTimeout(10_000);
				ipv6.getOutputStream().write("six".getBytes(StandardCharsets.UTF_8));
				assertThat(new String(ipv6.getInputStream().readNBytes(3), StandardCharsets.UTF_8)).isEqualTo("six");
			}
			try (Socket ipv4 = new Socket()) {
				// Refused by the kernel, not accepted and closed: IPV6_V6ONLY took
				// effect.
				assertThatExceptionOfType(ConnectException.class)
					.isThrownBy(() -> ipv4.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000));
			}
			assertThat(server.stats().rejected()).isZero();
		}
	}

	@ParameterizedTest
	@EnumSource(names = { "EPOLL", "IO_URING" })
	void udpTtlCanBeSet(Transport transport) throws Exception {
		try (SocketEngine engine = engine(transport)) {
			UdpChannel channel = engine.udpSocket(UdpOptions.port(0).withHost("127.0.0.1"), new UdpHandler() {
			}).get(5, TimeUnit.SECONDS);
			channel.setTtl(17);
			assertThat(((NettyUdpChannel) channel).channel().config().getOption(UnixTtlOptions.IPV4_TTL)).isEqualTo(17);
			channel.close();
		}
	}

	private static SocketEngine engine(Transport transport) {
		if (transport == Transport.IO_URING) {
			NativeTransports.Probe ioUring = NativeTransports.ioUring();
			assumeTrue(ioUring.transport() != null, () -> "io_uring: " + ioUring.reason());
		}
		else {
			assertThat(Epoll.isAvailable()).as("epoll: %s", Epoll.unavailabilityCause()).isTrue();
		}
		return new SocketEngine(EngineOptions.defaults().withThreads(1).withTransport(transport));
	}

}
