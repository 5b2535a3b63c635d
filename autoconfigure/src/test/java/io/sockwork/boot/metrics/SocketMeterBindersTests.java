package io.sockwork.boot.metrics;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.search.RequiredSearch;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netty.pkitesting.X509Bundle;
import io.sockwork.boot.autoconfigure.TestClient;
import io.sockwork.core.EngineOptions;
import io.sockwork.core.SocketEngine;
import io.sockwork.core.TcpConnectOptions;
import io.sockwork.core.TcpHandler;
import io.sockwork.core.TcpListenOptions;
import io.sockwork.core.TcpServer;
import io.sockwork.core.TcpSocket;
import io.sockwork.core.TcpSocketOptions;
import io.sockwork.core.TlsOptions;
import io.sockwork.core.UdpChannel;
import io.sockwork.core.UdpHandler;
import io.sockwork.core.UdpOptions;
import io.sockwork.core.WaterMarks;
import io.sockwork.testsupport.TestCertificates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for the meters of one server ({@link TcpServerMeterBinder}) and one UDP socket
 * ({@link UdpChannelMeterBinder}), on servers and UDP sockets made with the core engine.
 */
class SocketMeterBindersTests {

	private static final WaterMarks MARKS = new WaterMarks(8 * 1024, 16 * 1024);

	private final SocketEngine engine = new SocketEngine(EngineOptions.defaults().withThreads(2));

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	@AfterEach
	void closeEngine() {
		this.engine.close();
	}

	@Test
	void aClientThatStopsReadingDrivesBackpressureAndReadingAgainDrivesDrains() {
		int total = 8 * 1024 * 1024;
		AtomicLong written = new AtomicLong();
		TcpServer<Void> server = listen(TcpListenOptions.port(0), new TcpHandler<>() {
			@Override
			public void open(TcpSocket<Void> socket) {
				writeUntilShort(socket);
			}

			@Override
			public void drain(TcpSocket<Void> socket) {
				writeUntilShort(socket);
			}

			private void writeUntilShort(TcpSocket<Void> socket) {
				byte[] chunk = new byte[4096];
				while (written.get() < total) {
					int length = (int) Math.min(chunk.length, total - written.get());
					int accepted = socket.write(chunk, 0, length);
					written.addAndGet(accepted);
					if (accepted < length) {
						return;
					}
				}
			}
		});
		bind("bulk", server);
		try (TestClient client = new TestClient(server.port())) {
			// The client reads nothing: once the kernel's buffers are full, the socket
			// stays unwritable.
			await().atMost(Duration.ofSeconds(10))
				.during(Duration.ofMillis(200))
				.until(() -> gauge("sockwork.sockets.unwritable", "bulk") == 1);
			assertThat(written.get()).isLessThan(total);
			assertThat(counter("sockwork.writes.backpressured", "bulk")).isPositive();
			assertThat(gauge("sockwork.outbound.buffered", "bulk")).isGreaterThan(MARKS.low());
			assertThat(gauge("sockwork.connections.active", "bulk")).isEqualTo(1);
			double drainsWhileStalled = counter("sockwork.drains", "bulk");
			assertThat(client.readBytes(total)).hasSize(total);
			assertThat(counter("sockwork.drains", "bulk")).isGreaterThan(drainsWhileStalled);
			FunctionTimer drainWait = meter("sockwork.drain.wait", "bulk").functionTimer();
			assertThat(drainWait.count()).isEqualTo(counter("sockwork.drains", "bulk"));
			assertThat(drainWait.totalTime(TimeUnit.NANOSECONDS)).isPositive();
			assertThat(counter("sockwork.bytes.sent", "bulk")).isEqualTo(total);
			assertThat(gauge("sockwork.sockets.unwritable", "bulk")).isZero();
			assertThat(counter("sockwork.connections.opened", "bulk")).isEqualTo(1);
		}
	}

	@Test
	void connectionsOverTheLimitAreCountedAsRejected() {
		TcpServer<Void> server = listen(TcpListenOptions.port(0).withMaxConnections(1), new TcpHandler<>() {
		});
		bind("limited", server);
		try (TestClient first = new TestClient(server.port())) {
			await().until(() -> gauge("sockwork.connections.active", "limited") == 1);
			try (TestClient second = new TestClient(server.port())) {
				assertThat(second.readToEnd()).isEmpty();
			}
			assertThat(meter("sockwork.connections.rejected", "limited").tag("reason", "max-connections")
				.functionCounter()
				.count()).isEqualTo(1);
			assertThat(counter("sockwork.connections.opened", "limited")).isEqualTo(1);
		}
	}

	@Test
	void handlerErrorsAreCountedByEvent() {
		TcpServer<Void> server = listen(TcpListenOptions.port(0), new TcpHandler<>() {
			@Override
			public void data(TcpSocket<Void> socket, ByteBuffer data) {
				throw new IllegalStateException("data failed");
			}

			@Override
			public void error(TcpSocket<Void> socket, Throwable error) {
				socket.write("error\n");
			}
		});
		bind("failing", server);
		try (TestClient client = new TestClient(server.port())) {
			assertThat(client.send("x").readLine()).isEqualTo("error");
			assertThat(handlerErrors("failing", "data")).isEqualTo(1);
			assertThat(handlerErrors("failing", "open")).isZero();
			assertThat(counter("sockwork.bytes.received", "failing")).isEqualTo(1);
		}
	}

	@Test
	void tlsHandshakesAreTimedByOutcome() throws Exception {
		X509Bundle authority = TestCertificates.authority("Test CA");
		X509Bundle certificate = TestCertificates.server(authority, "localhost");
		TcpServer<Void> server = listen(
				TcpListenOptions.port(0).withTls(TlsOptions.server(certificate.toKeyManagerFactory())),
				new TcpHandler<>() {
				});
		bind("secure", server);
		TcpSocket<Void> socket = this.engine.connect(
				TcpConnectOptions.to("127.0.0.1", server.port())
					.withTls(TlsOptions.client().withTrustManagers(authority.toTrustManagerFactory())),
				new TcpHandler<Void>() {
				})
			.get(10, TimeUnit.SECONDS);
		await().until(() -> handshakes("secure", "success").count() == 1);
		assertThat(handshakes("secure", "success").totalTime(TimeUnit.NANOSECONDS)).isPositive();
		socket.end();
		try (TestClient plain = new TestClient(server.port())) {
			plain.send("not a TLS hello\n");
			await().until(() -> handshakes("secure", "failure").count() == 1);
		}
	}

	@Test
	void plainListenersHaveNoHandshakeTimer() {
		TcpServer<Void> server = listen(TcpListenOptions.port(0), new TcpHandler<>() {
		});
		bind("plain", server);
		assertThat(this.registry.find("sockwork.tls.handshakes").meters()).isEmpty();
		assertThat(this.registry.find("sockwork.connections.active").tag("name", "plain").gauge()).isNotNull();
	}

	@Test
	void udpSocketsCountDatagramsAndBytes() throws Exception {
		UdpChannel channel = this.engine.udpSocket(UdpOptions.port(0).withHost("127.0.0.1"), new UdpHandler() {
			@Override
			public void data(UdpChannel socket, ByteBuffer data, InetSocketAddress sender) {
				socket.send(StandardCharsets.UTF_8.decode(data).toString(), sender.getPort(),
						sender.getAddress().getHostAddress());
			}
		}).get(10, TimeUnit.SECONDS);
		try {
			SocketMeters meters = UdpChannelMeterBinder.bind(this.registry, "pings", channel);
			try (DatagramSocket client = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
				client.setSoTimeout(5000);
				byte[] ping = "ping".getBytes(StandardCharsets.UTF_8);
				client.send(new DatagramPacket(ping, ping.length, channel.address()));
				client.receive(new DatagramPacket(new byte[16], 16));
			}
			await().until(() -> udpCounter("sockwork.udp.datagrams.sent") == 1);
			assertThat(udpCounter("sockwork.udp.datagrams.received")).isEqualTo(1);
			assertThat(udpCounter("sockwork.bytes.received")).isEqualTo(4);
			assertThat(udpCounter("sockwork.bytes.sent")).isEqualTo(4);
			assertThat(udpCounter("sockwork.udp.datagrams.dropped")).isZero();
			assertThat(udpCounter("sockwork.udp.send.backpressured")).isZero();
			meters.remove();
			assertThat(this.registry.find("sockwork.udp.datagrams.received").meters()).isEmpty();
		}
		finally {
			channel.close();
		}
	}

	@Test
	void removingTheMetersOfAServerLeavesNone() {
		TcpServer<Void> server = listen(TcpListenOptions.port(0), new TcpHandler<>() {
		});
		SocketMeters meters = bind("leaving", server);
		assertThat(this.registry.find("sockwork.bytes.received").tag("name", "leaving").meters()).hasSize(1);
		meters.remove();
		assertThat(this.registry.getMeters()).isEmpty();
	}

	private TcpServer<Void> listen(TcpListenOptions options, TcpHandler<Void> handler) {
		return this.engine
			.listen(options.withHost("127.0.0.1").withSocket(TcpSocketOptions.DEFAULT.withWaterMarks(MARKS)), handler);
	}

	private SocketMeters bind(String name, TcpServer<?> server) {
		return TcpServerMeterBinder.bind(this.registry, name, server);
	}

	private RequiredSearch meter(String meter, String name) {
		return this.registry.get(meter).tag("name", name).tag("transport", "tcp");
	}

	private double counter(String meter, String name) {
		return meter(meter, name).functionCounter().count();
	}

	private double gauge(String meter, String name) {
		return meter(meter, name).gauge().value();
	}

	private double handlerErrors(String name, String event) {
		return meter("sockwork.handler.errors", name).tag("event", event).functionCounter().count();
	}

	private FunctionTimer handshakes(String name, String outcome) {
		return meter("sockwork.tls.handshakes", name).tag("outcome", outcome).functionTimer();
	}

	private double udpCounter(String meter) {
		FunctionCounter counter = this.registry.get(meter)
			.tag("name", "pings")
			.tag("transport", "udp")
			.functionCounter();
		return counter.count();
	}

}
