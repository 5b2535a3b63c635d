package io.sockwork.core;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.DelimiterBasedFrameDecoder;
import io.netty.handler.codec.FixedLengthFrameDecoder;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.handler.codec.LineBasedFrameDecoder;

/**
 * Netty's frame decoders for a {@link Framing}, and the encoding of
 * {@link TcpSocket#writeFrame} frames.
 */
final class FrameCodecs {

	private static final byte[] LINE_BREAK = { '\n' };

	private FrameCodecs() {
	}

	/**
	 * Adds the decoder of {@code framing} and its limit to the end of the pipeline;
	 * nothing for raw.
	 */
	static void addDecoder(ChannelPipeline pipeline, Framing framing) {
		if (framing instanceof Framing.Lines lines) {
			// One byte of slack: a CR whose LF has not arrived yet.
			pipeline.addLast(new LineBasedFrameDecoder(lines.maxLength() + 1, true, true),
					new FrameLimit(lines.maxLength(), "a line (lines framing)"));
		}
		else if (framing instanceof Framing.Delimiter delimiter) {
			byte[] bytes = delimiter.delimiter();
			// Slack for a delimiter that has partly arrived.
			pipeline.addLast(
					new DelimiterBasedFrameDecoder(delimiter.maxLength() + bytes.length - 1, true, true,
							Unpooled.wrappedBuffer(bytes)),
					new FrameLimit(delimiter.maxLength(), "a frame (delimiter framing)"));
		}
		else if (framing instanceof Framing.LengthPrefixed prefixed) {
			int field = prefixed.fieldLength();
			pipeline
				.addLast(
						new LengthFieldBasedFrameDecoder(prefixed.byteOrder(), prefixed.maxFrameSize() + field, 0,
								field, 0, field, true),
						new FrameLimit(prefixed.maxFrameSize(), "a frame (length-prefixed framing)"));
		}
		else if (framing instanceof Framing.Fixed fixed) {
			pipeline.addLast(new FixedLengthFrameDecoder(fixed.length()));
		}
	}

	/**
	 * The bytes that {@code writeFrame} puts on the wire for a frame of {@code length}
	 * bytes.
	 * @throws IllegalArgumentException if the framing cannot carry such a frame
	 */
	static int wireLength(Framing framing, int length) {
		if (framing instanceof Framing.Lines) {
			return length + LINE_BREAK.length;
		}
		if (framing instanceof Framing.Delimiter delimiter) {
			return length + delimiter.delimiter().length;
		}
		if (framing instanceof Framing.LengthPrefixed prefixed) {
			int field = prefixed.fieldLength();
			long fieldMax = (field == 4) ? Integer.MAX_VALUE : (1L << (8 * field)) - 1;
			if (length > fieldMax || length > Integer.MAX_VALUE - field) {
				throw new IllegalArgumentException(
						"A frame of " + length + " bytes does not fit a " + field + "-byte length field");
			}
			return length + field;
		}
		if (framing instanceof Framing.Fixed fixed && length != fixed.length()) {
			throw new IllegalArgumentException(
					"A frame of fixed framing must have " + fixed.length() + " bytes, not " + length);
		}
		return length;
	}

	/**
	 * The frame with its length prefix or delimiter, {@code wireLength} bytes; consumes
	 * {@code data}.
	 */
	static ByteBuf encode(Framing framing, ByteBufAllocator allocator, ByteBuffer data, int wireLength) {
		ByteBuf buf = allocator.ioBuffer(wireLength);
		if (framing instanceof Framing.LengthPrefixed prefixed) {
			writeLength(buf, prefixed, data.remaining());
		}
		buf.writeBytes(data);
		if (framing instanceof Framing.Lines) {
			buf.writeBytes(LINE_BREAK);
		}
		else if (framing instanceof Framing.Delimiter delimiter) {
			buf.writeBytes(delimiter.delimiter());
		}
		return buf;
	}

	private static void writeLength(ByteBuf buf, Framing.LengthPrefixed prefixed, int length) {
		boolean little = prefixed.byteOrder() == ByteOrder.LITTLE_ENDIAN;
		switch (prefixed.fieldLength()) {
			case 1 -> buf.writeByte(length);
			case 2 -> {
				if (little) {
					buf.writeShortLE(length);
				}
				else {
					buf.writeShort(length);
				}
			}
			default -> {
				if (little) {
					buf.writeIntLE(length);
				}
				else {
					buf.writeInt(length);
				}
			}
		}
	}

}
