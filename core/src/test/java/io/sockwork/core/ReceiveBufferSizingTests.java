package io.sockwork.core;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;

import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Each read of a TCP channel takes a buffer sized as Netty's adaptive allocator would,
 * except that it does not shrink to a size that the reads fill exactly nor stop at 64 KiB
 * (bursts of 64 KiB take one read each), and a burst is read up to 16 times per wake-up:
 * shown on the sizing itself, and on a real socket, which is its channel's allocator and
 * handle, whose reads grow under a large payload and whose buffer settles with room to
 * spare under messages of one size.
 */
class ReceiveBufferSizingTests {

	private final SocketEngine engine = new SocketEngine(EngineOptions.defaults().withThreads(1));

	private final EmbeddedChannel channel = new EmbeddedChannel();

	@AfterEach
	void close() {
		this.engine.close();
		this.channel.finishAndReleaseAll();
	}

	@Test
	void startsAt2KiBShrinksAfterTwoSmallWakeupsAndGrowsAfterAFullRead() {
		ReceiveBufferSizing sizer = new ReceiveBufferSizing(this.channel);
		assertThat(sizer.guess()).isEqualTo(2048);
		wakeUp(sizer, 100);
		assertThat(sizer.guess()).as("one small wake-up is not enough").isEqualTo(2048);
		wakeUp(sizer, 100);
		assertThat(sizer.guess()).isEqualTo(1024);
		wakeUp(sizer, 1024);
		assertThat(sizer.guess()).as("four steps up").isEqualTo(16384);
	}

	@Test
	void staysBetween64BytesAnd128KiB() {
		ReceiveBufferSizing sizer = new ReceiveBufferSizing(this.channel);
		for (int i = 0; i < 100; i++) {
			wakeUp(sizer, 1);
		}
		assertThat(sizer.guess()).isEqualTo(64);
		for (int i = 0; i < 20; i++) {
			wakeUp(sizer, sizer.guess());
		}
		assertThat(sizer.guess()).isEqualTo(131072);
	}

	@Test
	void burstsOf64KiBAreReadOnceEachOnceTheSizingSettles() {
		ReceiveBufferSizing sizer = new ReceiveBufferSizing(this.channel);
		assertThat(readsOfAHundredSettledWakeUps(sizer, 65536))
			.as("reads for 100 wake-ups of four 16 KiB messages each")
			.isEqualTo(100);
	}

	@Test
	void messagesOfOneSizeAreReadOnceEachOnceTheSizingSettles() {
		ReceiveBufferSizing sizer = new ReceiveBufferSizing(this.channel);
		assertThat(readsOfAHundredSettledWakeUps(sizer, 64)).as("reads for 100 wake-ups of 64 bytes each")
			.isEqualTo(100);
		assertThat(sizer.guess()).isEqualTo(80);
	}

	@Test
	void aRealSocketEchoingOneSizeSettlesOnABufferWithRoomToSpare() throws Exception {
		List<Integer> guesses = new CopyOnWriteArrayList<>();
		TcpServer<Void> server = this.engine.listen(TcpListenOptions.port(0).withHost("127.0.0.1"), new TcpHandler<>() {
			@Override
			public void data(TcpSocket<Void> socket, ByteBuffer data) {
				guesses.add(((ReceiveBufferSizing) socket).guess());
				socket.write(data);
			}
		});
		byte[] message = new byte[64];
		try (BlockingClient client = new BlockingClient(server.port())) {
			for (int i = 0; i < 150; i++) {
				message[0] = (byte) i;
				assertThat(client.send(message).readBytes(64)).isEqualTo(message);
			}
		}
		assertThat(guesses).hasSizeGreaterThanOrEqualTo(150);
		assertThat(guesses.subList(guesses.size() - 50, guesses.size())).containsOnly(80);
	}

	@Test
	void readsAgainWhileBuffersFillUpTo16TimesAndOnlyWhileAutoReading() {
		ReceiveBufferSizing sizer = new ReceiveBufferSizing(this.channel);
		sizer.reset(this.channel.config());
		for (int i = 1; i <= 16; i++) {
			sizer.attemptedBytesRead(64);
			sizer.lastBytesRead(64);
			sizer.incMessagesRead(1);
			assertThat(sizer.continueReading()).as("after read %d", i).isEqualTo(i < 16);
		}
		sizer.reset(this.channel.config());
		sizer.attemptedBytesRead(64);
		sizer.lastBytesRead(10);
		sizer.incMessagesRead(1);
		assertThat(sizer.continueReading()).as("the buffer was not filled").isFalse();
		assertThat(sizer.continueReading(() -> true)).as("the transport knows more is waiting").isTrue();
		this.channel.config().setAutoRead(false);
		assertThat(sizer.continueReading(() -> true)).as("reading was paused").isFalse();
	}

	@Test
	void itsReadLimitCannotBeChanged() {
		ReceiveBufferSizing sizer = new ReceiveBufferSizing(this.channel);
		assertThat(sizer.maxMessagesPerRead()).isEqualTo(16);
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> sizer.maxMessagesPerRead(1))
			.withMessageContaining("16 per wake-up");
	}

	@Test
	void aLargePayloadArrivesWholeInReadsThatGrowPast2KiB() throws Exception {
		List<Integer> reads = new CopyOnWriteArrayList<>();
		List<Object> allocators = new CopyOnWriteArrayList<>();
		List<Object> handles = new CopyOnWriteArrayList<>();
		List<TcpSocket<Void>> sockets = new CopyOnWriteArrayList<>();
		TcpServer<Void> server = this.engine.listen(TcpListenOptions.port(0).withHost("127.0.0.1"), new TcpHandler<>() {
			@Override
			public void open(TcpSocket<Void> socket) {
				allocators.add(((NettyTcpSocket<Void>) socket).channel().config().getRecvByteBufAllocator());
				handles.add(((NettyTcpSocket<Void>) socket).channel().unsafe().recvBufAllocHandle());
				sockets.add(socket);
			}

			@Override
			public void data(TcpSocket<Void> socket, ByteBuffer data) {
				reads.add(data.remaining());
			}
		});
		byte[] payload = new byte[4 * 1024 * 1024];
		new Random(7).nextBytes(payload);
		try (BlockingClient client = new BlockingClient(server.port())) {
			client.send(payload);
			await().atMost(Duration.ofSeconds(10))
				.until(() -> reads.stream().mapToInt(Integer::intValue).sum() == payload.length);
		}
		assertThat(allocators).containsExactlyElementsOf(sockets);
		assertThat(handles).containsExactlyElementsOf(sockets);
		assertThat(reads.get(0)).isLessThanOrEqualTo(2048);
		assertThat(reads).anySatisfy((bytes) -> assertThat(bytes).isGreaterThan(2048));
	}

	/**
	 * The reads of 100 wake-ups with {@code available} bytes waiting at each, after 100
	 * more have let the sizing settle.
	 */
	private int readsOfAHundredSettledWakeUps(ReceiveBufferSizing sizer, int available) {
		for (int i = 0; i < 100; i++) {
			readAsNettyDoes(sizer, available);
		}
		int reads = 0;
		for (int i = 0; i < 100; i++) {
			reads += readAsNettyDoes(sizer, available);
		}
		return reads;
	}

	/**
	 * One wake-up as Netty's stream channels run it, with {@code available} bytes
	 * waiting: read while the handle says so and a read returns something.
	 * @return the reads made, the one that found nothing included
	 */
	private int readAsNettyDoes(ReceiveBufferSizing sizer, int available) {
		sizer.reset(this.channel.config());
		int reads = 0;
		do {
			int attempted = sizer.guess();
			int read = Math.min(available, attempted);
			available -= read;
			reads++;
			sizer.attemptedBytesRead(attempted);
			sizer.lastBytesRead(read);
			if (read == 0) {
				break;
			}
			sizer.incMessagesRead(1);
		}
		while (sizer.continueReading());
		sizer.readComplete();
		return reads;
	}

	/** One wake-up with one read of {@code bytes} into a buffer of the guessed size. */
	private void wakeUp(ReceiveBufferSizing sizer, int bytes) {
		sizer.reset(this.channel.config());
		sizer.attemptedBytesRead(sizer.guess());
		sizer.lastBytesRead(bytes);
		sizer.incMessagesRead(1);
		sizer.readComplete();
	}

}
