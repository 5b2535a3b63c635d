package io.sockwork.core;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.handler.codec.TooLongFrameException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Framed listeners: length-prefixed and line frames arrive whole and {@code writeFrame}
 * adds the prefix or line end, a frame over the maximum ends only its connection with the
 * limit in the error, and {@code writeFrame} writes a whole frame or nothing.
 */
class TcpFramingTests {

	private final SocketEngine engine = new SocketEngine(EngineOptions.defaults().withThreads(2));

	@AfterEach
	void closeEngine() {
		this.engine.close();
	}

	@Test
	void aLengthPrefixedListenerReceivesWholeFramesAndWriteFrameAddsThePrefix() {
		List<String> frames = new CopyOnWriteArrayList<>();
		TcpServer<Void> server = listen(Framing.lengthPrefixed(2, ByteOrder.BIG_ENDIAN, 1024), new TcpHandler<>() {
			@Override
			public void data(TcpSocket<Void> socket, ByteBuffer frame) {
				frames.add(StandardCharsets.UTF_8.decode(frame.duplicate()).toString());
				socket.writeFrame(frame);
			}
		});
		try (BlockingClient client = new BlockingClient(server.port())) {
			client.send(new byte[] { 0, 5, 'h', 'e' });
			client.send(new byte[] { 'l', 'l', 'o', 0, 2, 'h', 'i', 0 });
			client.send(new byte[] { 0 });
			assertThat(client.readBytes(13))
				.isEqualTo(new byte[] { 0, 5, 'h', 'e', 'l', 'l', 'o', 0, 2, 'h', 'i', 0, 0 });
			assertThat(frames).containsExactly("hello", "hi", "");
		}
	}

	@Test
	void aLinesListenerReceivesLinesWithoutTheirBreakAndWriteFrameEndsThemWithLf() {
		TcpServer<Void> server = listen(Framing.lines(64), new TcpHandler<>() {
			@Override
			public void data(TcpSocket<Void> socket, ByteBuffer line) {
				socket.writeFrame("<" + StandardCharsets.UTF_8.decode(line) + ">");
			}
		});
		try (BlockingClient client = new BlockingClient(server.port())) {
			client.send("one\r\ntw").send("o\nthree\n");
			assertThat(client.readString(20)).isEqualTo("<one>\n<two>\n<three>\n");
		}
	}

	@Test
	void aFrameOverTheMaximumClosesThatConnectionWithTheLimitInTheErrorAndOthersStayOpen() {
		List<Throwable> errors = new CopyOnWriteArrayList<>();
		TcpServer<Void> server = listen(Framing.delimiter(new byte[] { 0 }, 16), new TcpHandler<>() {
			@Override
			public void data(TcpSocket<Void> socket, ByteBuffer frame) {
				socket.writeFrame(frame);
			}

			@Override
			public void error(TcpSocket<Void> socket, Throwable error) {
				errors.add(error);
			}
		});
		try (BlockingClient flooder = new BlockingClient(server.port());
				BlockingClient polite = new BlockingClient(server.port())) {
			flooder.send("x".repeat(40));
			assertThat(flooder.readToEnd()).isEmpty();
			polite.send("still here\0");
			assertThat(polite.readString(11)).isEqualTo("still here\0");
		}
		assertThat(errors).singleElement()
			.isInstanceOf(TooLongFrameException.class)
			.extracting(Throwable::getMessage)
			.asString()
			.contains("a frame (delimiter framing) is longer than the maximum of 16 bytes")
			.doesNotContain("(17)")
			.doesNotContain("allowed maximum");
	}

	@Test
	void writeFrameAcceptsAWholeFrameOrNothingAndDrainFiresWhenTheNextOneFits() {
		AtomicInteger first = new AtomicInteger(-1);
		AtomicInteger second = new AtomicInteger(-1);
		AtomicInteger drains = new AtomicInteger();
		TcpListenOptions options = TcpListenOptions.port(0)
			.withHost("127.0.0.1")
			.withFraming(Framing.lengthPrefixed(4, ByteOrder.BIG_ENDIAN, 1 << 20))
			.withSocket(TcpSocketOptions.DEFAULT.withWaterMarks(new WaterMarks(8 * 1024, 16 * 1024)));
		TcpServer<Void> server = this.engine.listen(options, new TcpHandler<>() {
			@Override
			public void open(TcpSocket<Void> socket) {
				first.set(socket.writeFrame(new byte[10 * 1024]));
				second.set(socket.writeFrame(new byte[10 * 1024]));
			}

			@Override
			public void drain(TcpSocket<Void> socket) {
				drains.incrementAndGet();
			}
		});
		try (BlockingClient client = new BlockingClient(server.port())) {
			await().until(() -> drains.get() == 1);
			assertThat(first.get()).isEqualTo(10 * 1024);
			assertThat(second.get()).isZero();
			assertThat(client.readBytes(4)).isEqualTo(new byte[] { 0, 0, 0x28, 0 });
			assertThat(client.readBytes(10 * 1024)).hasSize(10 * 1024);
			assertThat(server.stats().writesBackpressured()).isEqualTo(1);
		}
	}

	private TcpServer<Void> listen(Framing framing, TcpHandler<Void> handler) {
		return this.engine.listen(TcpListenOptions.port(0).withHost("127.0.0.1").withFraming(framing), handler);
	}

}
