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
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.DefaultEventLoop;
import io.netty.channel.RecvByteBufAllocator;
import io.netty.util.concurrent.DefaultThreadFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * UDP channels read into buffers their event loop keeps, 16 of a size for all its
 * channels, each read into again only once nothing else holds it, and given back when the
 * loop ends: shown on the buffers themselves, and on a real socket echoing bursts of
 * datagrams of changing lengths, each reply sharing the buffer it was read into.
 */
class DatagramReceiveBuffersTests {

	private final ByteBufAllocator allocator = ByteBufAllocator.DEFAULT;

	private final DefaultEventLoop loop = new DefaultEventLoop(new DefaultThreadFactory("datagram-buffers-test"));

	@AfterEach
	void close() {
		endLoop();
	}

	@Test
	void aBufferIsReadIntoAgainOnlyOnceNothingElseHoldsIt() throws Exception {
		RecvByteBufAllocator.Handle handle = new DatagramReceiveBuffers(99).newHandle();
		ByteBuf first = onLoop(() -> handle.allocate(this.allocator).writeBytes(new byte[60]));
		ByteBuf second = onLoop(() -> handle.allocate(this.allocator));
		assertThat(second).as("the first is still held").isNotSameAs(first);
		assertThat(first.capacity()).as("one byte over the largest datagram").isEqualTo(100);
		first.release();
		ByteBuf third = onLoop(() -> handle.allocate(this.allocator));
		assertThat(third).isSameAs(first);
		assertThat(third.readableBytes()).as("nothing of the last datagram is left").isZero();
		assertThat(third.writableBytes()).isEqualTo(100);
		third.release();
		second.release();
	}

	@Test
	void aLoopKeeps16BuffersForAllItsChannelsAndGivesThemBackWhenItEnds() throws Exception {
		RecvByteBufAllocator.Handle one = new DatagramReceiveBuffers(99).newHandle();
		RecvByteBufAllocator.Handle other = new DatagramReceiveBuffers(99).newHandle();
		List<ByteBuf> held = new ArrayList<>();
		for (int i = 0; i < 17; i++) {
			RecvByteBufAllocator.Handle handle = (i % 2 == 0) ? one : other;
			held.add(onLoop(() -> handle.allocate(this.allocator)));
		}
		held.forEach(ByteBuf::release);
		assertThat(held.subList(0, 16)).as("kept").allSatisfy((buffer) -> assertThat(buffer.refCnt()).isOne());
		assertThat(held.get(16).refCnt()).as("one over the 16 kept").isZero();
		ByteBuf again = onLoop(() -> other.allocate(this.allocator));
		assertThat(again).as("first taken for the other channel").isSameAs(held.get(0));
		again.release();
		endLoop();
		assertThat(held.subList(0, 16)).allSatisfy((buffer) -> assertThat(buffer.refCnt()).isZero());
	}

	@Test
	void buffersOfAnotherSizeAreKeptApart() throws Exception {
		RecvByteBufAllocator.Handle small = new DatagramReceiveBuffers(99).newHandle();
		RecvByteBufAllocator.Handle large = new DatagramReceiveBuffers(199).newHandle();
		ByteBuf first = onLoop(() -> small.allocate(this.allocator));
		first.release();
		ByteBuf second = onLoop(() -> large.allocate(this.allocator));
		assertThat(second).isNotSameAs(first);
		assertThat(second.capacity()).isEqualTo(200);
		second.release();
		ByteBuf third = onLoop(() -> small.allocate(this.allocator));
		assertThat(third).isSameAs(first);
		third.release();
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

	/** Netty reads on the channel's event loop: so does the test. */
	private <T> T onLoop(Callable<T> task) throws Exception {
		return this.loop.submit(task).get(5, TimeUnit.SECONDS);
	}

	/** Ends the loop's thread, which gives back what it keeps before it terminates. */
	private void endLoop() {
		this.loop.shutdownGracefully(0, 0, TimeUnit.SECONDS).syncUninterruptibly();
	}

}
