package io.sockwork.core;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.RecvByteBufAllocator;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A UDP channel reads into buffers it keeps, each again only once nothing else holds it,
 * and gives them back when it is unregistered: shown on the buffers themselves, and on a
 * real socket echoing bursts of datagrams of changing lengths, each reply sharing the
 * buffer it was read into.
 */
class DatagramReceiveBuffersTests {

	private final ByteBufAllocator allocator = ByteBufAllocator.DEFAULT;

	private final EmbeddedChannel channel = new EmbeddedChannel(UdpEventBridge.INSTANCE);

	@AfterEach
	void close() {
		this.channel.close().syncUninterruptibly();
	}

	/**
	 * The handle of a channel that accepts datagrams of up to {@code maxDatagramSize}
	 * bytes.
	 */
	private RecvByteBufAllocator.Handle handle(int maxDatagramSize) {
		this.channel.config().setRecvByteBufAllocator(new DatagramReceiveBuffers(maxDatagramSize));
		return this.channel.unsafe().recvBufAllocHandle();
	}

	@Test
	void aBufferIsReadIntoAgainOnlyOnceNothingElseHoldsIt() {
		RecvByteBufAllocator.Handle handle = handle(99);
		ByteBuf first = handle.allocate(this.allocator).writeBytes(new byte[60]);
		ByteBuf second = handle.allocate(this.allocator);
		assertThat(second).as("the first is still held").isNotSameAs(first);
		assertThat(first.capacity()).as("one byte over the largest datagram").isEqualTo(100);
		first.release();
		ByteBuf third = handle.allocate(this.allocator);
		assertThat(third).isSameAs(first);
		assertThat(third.readableBytes()).as("nothing of the last datagram is left").isZero();
		assertThat(third.writableBytes()).isEqualTo(100);
		third.release();
		second.release();
	}

	@Test
	void keeps16BuffersAndGivesThemBackWhenItsChannelIsUnregistered() {
		RecvByteBufAllocator.Handle handle = handle(99);
		List<ByteBuf> held = new ArrayList<>();
		for (int i = 0; i < 17; i++) {
			held.add(handle.allocate(this.allocator));
		}
		held.forEach(ByteBuf::release);
		assertThat(held.subList(0, 16)).as("kept").allSatisfy((buffer) -> assertThat(buffer.refCnt()).isOne());
		assertThat(held.get(16).refCnt()).as("one over the 16 kept").isZero();
		this.channel.close().syncUninterruptibly();
		assertThat(held.subList(0, 16)).allSatisfy((buffer) -> assertThat(buffer.refCnt()).isZero());
	}

	@Test
	void burstsOfDatagramsOfChangingLengthsComeBackIntactThroughTheBuffersTheyWereReadInto() throws Exception {
		try (SocketEngine engine = new SocketEngine(new EngineOptions(1, Transport.NIO));
				DatagramSocket client = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
			UdpChannel server = engine.udpSocket(UdpOptions.port(0).withHost("127.0.0.1"), new UdpHandler() {
				@Override
				public void data(UdpChannel channel, ByteBuffer datagram, InetSocketAddress sender) {
					channel.send(datagram, sender);
				}
			}).join();
			client.setSoTimeout(5000);
			InetSocketAddress address = new InetSocketAddress("127.0.0.1", server.port());
			Set<String> sent = new HashSet<>();
			Set<String> received = new HashSet<>();
			byte[] buffer = new byte[4096];
			for (int burst = 0; burst < 20; burst++) {
				for (int i = 0; i < 20; i++) {
					// Long and short in turn: a short one read into a buffer that held a
					// long one must not come back with its tail.
					String text = burst + "/" + i + "/" + "x".repeat((i % 2 == 0) ? 2000 : 3);
					byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
					client.send(new DatagramPacket(bytes, bytes.length, address));
					sent.add(text);
				}
				for (int i = 0; i < 20; i++) {
					DatagramPacket reply = new DatagramPacket(buffer, buffer.length);
					client.receive(reply);
					received.add(new String(buffer, 0, reply.getLength(), StandardCharsets.US_ASCII));
				}
			}
			assertThat(received).isEqualTo(sent);
			assertThat(server.stats().datagramsSent()).isEqualTo(400);
		}
	}

}
