package io.sockwork.core;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.haproxy.HAProxyCommand;
import io.netty.handler.codec.haproxy.HAProxyMessage;
import io.netty.handler.codec.haproxy.HAProxyMessageEncoder;
import io.netty.handler.codec.haproxy.HAProxyProtocolVersion;
import io.netty.handler.codec.haproxy.HAProxyProxiedProtocol;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A listener with the PROXY protocol on: a version 1 or 2 header makes its source the
 * socket's remote address from {@code open} on, and a connection without a valid header
 * is closed, counted and never opened.
 */
class ProxyProtocolTests {

	private final SocketEngine engine = new SocketEngine(EngineOptions.defaults().withThreads(2));

	private final List<InetSocketAddress> openedFrom = new CopyOnWriteArrayList<>();

	private final TcpServer<Void> server = this.engine.listen(
			TcpListenOptions.port(0).withHost("127.0.0.1").withProxyProtocol(true).withFraming(Framing.lines(64)),
			new TcpHandler<>() {
				@Override
				public void open(TcpSocket<Void> socket) {
					ProxyProtocolTests.this.openedFrom.add(socket.remoteAddress());
				}

				@Override
				public void data(TcpSocket<Void> socket, ByteBuffer line) {
					socket.writeFrame(StandardCharsets.UTF_8.decode(line) + " from " + socket.remoteAddress());
				}
			});

	@AfterEach
	void closeEngine() {
		this.engine.close();
	}

	@Test
	void aVersionOneHeaderMakesItsSourceTheRemoteAddressFromOpenOn() {
		try (BlockingClient client = new BlockingClient(this.server.port())) {
			client.send("PROXY TCP4 203.0.113.7 127.0.0.1 51234 7000\r\nhello\n");
			assertThat(client.readString(30)).isEqualTo("hello from /203.0.113.7:51234\n");
		}
		assertThat(this.openedFrom).containsExactly(new InetSocketAddress("203.0.113.7", 51234));
	}

	@Test
	void aVersionTwoHeaderMakesItsSourceTheRemoteAddress() {
		HAProxyMessage header = new HAProxyMessage(HAProxyProtocolVersion.V2, HAProxyCommand.PROXY,
				HAProxyProxiedProtocol.TCP6, "2001:db8::1", "::1", 40000, 7000);
		try (BlockingClient client = new BlockingClient(this.server.port())) {
			client.send(encode(header));
			client.send("hi\n");
			String expected = "hi from " + new InetSocketAddress("2001:db8::1", 40000) + "\n";
			assertThat(client.readString(expected.length())).isEqualTo(expected);
		}
		assertThat(this.openedFrom).containsExactly(new InetSocketAddress("2001:db8::1", 40000));
	}

	@Test
	void aConnectionWithoutAHeaderIsClosedCountedAndNeverOpened() {
		try (BlockingClient client = new BlockingClient(this.server.port())) {
			client.send("hello, no header here at all\r\n");
			assertThat(client.readToEnd()).isEmpty();
		}
		// The client may see the close before the server has counted it.
		await().until(() -> this.server.stats().proxyHeadersRejected() == 1);
		assertThat(this.server.stats().opened()).isZero();
		assertThat(this.openedFrom).isEmpty();
	}

	@Test
	void aConnectionThatSendsLessThanAHeaderIsClosedByTheDefaultTimeoutAndCounted() {
		try (BlockingClient client = new BlockingClient(this.server.port())) {
			client.send("PROXY TCP4");
			// Closed by the server after its 5 s default, before the client's 10 s read
			// timeout.
			assertThat(client.readToEnd()).isEmpty();
		}
		await().until(() -> this.server.stats().proxyHeadersRejected() == 1);
		assertThat(this.server.stats().opened()).isZero();
		assertThat(this.server.connectionCount()).isZero();
	}

	@Test
	void aBadHeaderFollowedByMoreBytesIsCountedOnce() {
		try (BlockingClient client = new BlockingClient(this.server.port())) {
			client.send("PROXY NONSENSE 1 2 3 4\r\nand what follows\n");
			assertThat(client.readToEnd()).isEmpty();
		}
		await().until(() -> this.server.stats().proxyHeadersRejected() >= 1);
		assertThat(this.server.stats().proxyHeadersRejected()).isEqualTo(1);
	}

	private static byte[] encode(HAProxyMessage header) {
		EmbeddedChannel channel = new EmbeddedChannel(HAProxyMessageEncoder.INSTANCE);
		channel.writeOutbound(header);
		ByteBuf encoded = channel.readOutbound();
		try {
			return ByteBufUtil.getBytes(encoded);
		}
		finally {
			encoded.release();
			channel.finishAndReleaseAll();
		}
	}

}
