package io.sockwork.core;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.TooLongFrameException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Any split of a valid stream into chunks yields the frames that were written, for every
 * framing: the decoders run in an {@link EmbeddedChannel} exactly as the listener's
 * pipeline adds them, and the stream is what {@code writeFrame} would put on the wire.
 */
class FrameDecoderPropertyTests {

	/** Small, so that frames of exactly the maximum come up often. */
	private static final int MAX = 8;

	@Property(tries = 300)
	void anySplitOfLinesYieldsTheLines(@ForAll("lines") List<byte[]> lines, @ForAll boolean crlf,
			@ForAll("cuts") List<Integer> cuts) {
		byte[] stream = concat(lines, crlf ? new byte[] { '\r', '\n' } : new byte[] { '\n' });
		assertThat(decode(Framing.lines(MAX), stream, cuts)).containsExactlyElementsOf(lines);
	}

	@Property(tries = 300)
	void anySplitOfDelimitedFramesYieldsTheFrames(@ForAll("delimited") Delimited delimited,
			@ForAll("cuts") List<Integer> cuts) {
		Framing framing = Framing.delimiter(delimited.delimiter(), MAX);
		byte[] stream = writtenFrames(framing, delimited.frames());
		assertThat(decode(framing, stream, cuts)).containsExactlyElementsOf(delimited.frames());
	}

	@Property(tries = 300)
	void anySplitOfLengthPrefixedFramesYieldsTheFrames(@ForAll("frames") List<byte[]> frames,
			@ForAll("fieldLengths") int fieldLength, @ForAll boolean littleEndian, @ForAll("cuts") List<Integer> cuts) {
		Framing framing = Framing.lengthPrefixed(fieldLength,
				littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN, MAX);
		byte[] stream = writtenFrames(framing, frames);
		assertThat(decode(framing, stream, cuts)).containsExactlyElementsOf(frames);
	}

	@Property(tries = 300)
	void anySplitOfFixedLengthFramesYieldsTheFrames(@ForAll @IntRange(min = 1, max = 9) int length,
			@ForAll @Size(max = 20) List<@Size(min = 1) List<Byte>> seeds, @ForAll("cuts") List<Integer> cuts) {
		List<byte[]> frames = seeds.stream().map((seed) -> fixed(seed, length)).toList();
		Framing framing = Framing.fixed(length);
		byte[] stream = writtenFrames(framing, frames);
		assertThat(decode(framing, stream, cuts)).containsExactlyElementsOf(frames);
	}

	@Property(tries = 100)
	void aLineOverTheMaximumFailsWithTheLimitWhereverTheStreamIsSplit(@ForAll @IntRange(min = 5, max = 40) int over,
			@ForAll("cuts") List<Integer> cuts) {
		byte[] stream = ("ok\n" + "x".repeat(16 + over) + "\n").getBytes();
		assertThatExceptionOfType(TooLongFrameException.class).isThrownBy(() -> decode(Framing.lines(16), stream, cuts))
			.withMessageContaining("a line (lines framing) is longer than the maximum of 16 bytes");
	}

	@Provide
	Arbitrary<List<byte[]>> frames() {
		return Arbitraries.bytes().array(byte[].class).ofMaxSize(MAX).list().ofMaxSize(20);
	}

	@Provide
	Arbitrary<List<byte[]>> lines() {
		// A line never holds LF, and never ends with CR (CRLF would take it).
		return Arbitraries.bytes()
			.filter((b) -> b != '\n' && b != '\r')
			.array(byte[].class)
			.ofMaxSize(MAX)
			.list()
			.ofMaxSize(20);
	}

	@Provide
	Arbitrary<Delimited> delimited() {
		return Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(4).flatMap((delimiter) -> {
			Arbitrary<List<byte[]>> frames = Arbitraries.bytes()
				.filter((b) -> !contains(delimiter, b))
				.array(byte[].class)
				.ofMaxSize(MAX)
				.list()
				.ofMaxSize(20);
			return Combinators.combine(Arbitraries.just(delimiter), frames).as(Delimited::new);
		});
	}

	@Provide
	Arbitrary<Integer> fieldLengths() {
		return Arbitraries.of(1, 2, 4);
	}

	@Provide
	Arbitrary<List<Integer>> cuts() {
		return Arbitraries.integers().between(0, 400).list().ofMaxSize(30);
	}

	/**
	 * Feeds {@code stream} cut at {@code cuts} (taken modulo its length) through the
	 * framing's decoder.
	 */
	private static List<byte[]> decode(Framing framing, byte[] stream, List<Integer> cuts) {
		EmbeddedChannel channel = new EmbeddedChannel();
		FrameCodecs.addDecoder(channel.pipeline(), framing);
		List<byte[]> frames = new ArrayList<>();
		try {
			int start = 0;
			for (int cut : cuts.stream().map((c) -> c % (stream.length + 1)).sorted().toList()) {
				channel.writeInbound(Unpooled.wrappedBuffer(stream, start, cut - start));
				drain(channel, frames);
				start = cut;
			}
			channel.writeInbound(Unpooled.wrappedBuffer(stream, start, stream.length - start));
			drain(channel, frames);
			assertThat(channel.finish()).as("frames left in the decoder").isFalse();
		}
		finally {
			channel.finishAndReleaseAll();
		}
		return frames;
	}

	private static void drain(EmbeddedChannel channel, List<byte[]> frames) {
		for (ByteBuf frame = channel.readInbound(); frame != null; frame = channel.readInbound()) {
			frames.add(ByteBufUtil.getBytes(frame));
			frame.release();
		}
	}

	private static byte[] writtenFrames(Framing framing, List<byte[]> frames) {
		List<byte[]> wire = new ArrayList<>();
		for (byte[] frame : frames) {
			ByteBuf buf = FrameCodecs.encode(framing, ByteBufAllocator.DEFAULT, ByteBuffer.wrap(frame),
					FrameCodecs.wireLength(framing, frame.length));
			wire.add(ByteBufUtil.getBytes(buf));
			buf.release();
		}
		return concat(wire, new byte[0]);
	}

	private static byte[] concat(List<byte[]> parts, byte[] separator) {
		ByteBuffer out = ByteBuffer.allocate(parts.stream().mapToInt((p) -> p.length + separator.length).sum());
		parts.forEach((part) -> out.put(part).put(separator));
		return out.array();
	}

	private static byte[] fixed(List<Byte> seed, int length) {
		byte[] frame = new byte[length];
		for (int i = 0; i < length; i++) {
			frame[i] = seed.get(i % seed.size());
		}
		return frame;
	}

	private static boolean contains(byte[] bytes, byte b) {
		for (byte candidate : bytes) {
			if (candidate == b) {
				return true;
			}
		}
		return false;
	}

	record Delimited(byte[] delimiter, List<byte[]> frames) {

		@Override
		public String toString() {
			return "Delimited[" + Arrays.toString(this.delimiter) + ", " + this.frames.size() + " frames]";
		}

	}

}
