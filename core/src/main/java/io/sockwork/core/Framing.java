package io.sockwork.core;

import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * How a listener cuts its byte stream into the messages its {@link TcpHandler#data data}
 * handler receives. Bun hands over whatever chunks the network delivers ({@link #raw()});
 * the other framings hand over one whole frame per call, without its delimiter or length
 * prefix, and {@link TcpSocket#writeFrame(java.nio.ByteBuffer) writeFrame} adds them
 * back. A frame over its maximum ends that connection: {@code error} receives Netty's
 * {@link io.netty.handler.codec.TooLongFrameException} naming the limit, then the socket
 * closes.
 */
public sealed interface Framing
		permits Framing.Raw, Framing.Lines, Framing.Delimiter, Framing.LengthPrefixed, Framing.Fixed {

	/**
	 * The chunks as they arrive, Bun's behaviour.
	 * @return the framing
	 */
	static Framing raw() {
		return Raw.INSTANCE;
	}

	/**
	 * Lines ended by LF or CRLF.
	 * @param maxLength the most bytes of a line, without its line break
	 * @return the framing
	 */
	static Framing lines(int maxLength) {
		return new Lines(maxLength);
	}

	/**
	 * Frames ended by a byte sequence.
	 * @param delimiter the bytes that end a frame
	 * @param maxLength the most bytes of a frame, without its delimiter
	 * @return the framing
	 */
	static Framing delimiter(byte[] delimiter, int maxLength) {
		return new Delimiter(delimiter, maxLength);
	}

	/**
	 * Frames preceded by their length as an unsigned integer.
	 * @param fieldLength the bytes of the length field: 1, 2 or 4
	 * @param byteOrder the byte order of the length field
	 * @param maxFrameSize the most bytes of a frame, without its length field
	 * @return the framing
	 */
	static Framing lengthPrefixed(int fieldLength, ByteOrder byteOrder, int maxFrameSize) {
		return new LengthPrefixed(fieldLength, byteOrder, maxFrameSize);
	}

	/**
	 * Frames of a fixed length.
	 * @param length the bytes of every frame
	 * @return the framing
	 */
	static Framing fixed(int length) {
		return new Fixed(length);
	}

	/**
	 * No framing: {@code data} receives the chunks as they arrive.
	 */
	final class Raw implements Framing {

		static final Raw INSTANCE = new Raw();

		private Raw() {
		}

		@Override
		public String toString() {
			return "raw";
		}

	}

	/**
	 * Lines ended by LF or CRLF; {@code writeFrame} ends a line with LF.
	 *
	 * @param maxLength the most bytes of a line, without its line break
	 */
	record Lines(int maxLength) implements Framing {

		/**
		 * Validates the framing.
		 */
		public Lines {
			positive(maxLength, "maxLength");
		}

	}

	/**
	 * Frames ended by a byte sequence; {@code writeFrame} appends it.
	 *
	 * @param delimiter the bytes that end a frame (copied)
	 * @param maxLength the most bytes of a frame, without its delimiter
	 */
	record Delimiter(byte[] delimiter, int maxLength) implements Framing {

		/**
		 * Validates the framing and copies the delimiter.
		 */
		public Delimiter {
			if (delimiter == null || delimiter.length == 0) {
				throw new IllegalArgumentException("'delimiter' must not be empty");
			}
			positive(maxLength, "maxLength");
			delimiter = delimiter.clone();
		}

		/**
		 * The bytes that end a frame.
		 * @return a copy of the delimiter
		 */
		@Override
		public byte[] delimiter() {
			return this.delimiter.clone();
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Delimiter that && this.maxLength == that.maxLength
					&& Arrays.equals(this.delimiter, that.delimiter);
		}

		@Override
		public int hashCode() {
			return 31 * Arrays.hashCode(this.delimiter) + this.maxLength;
		}

		@Override
		public String toString() {
			return "Delimiter[delimiter=" + Arrays.toString(this.delimiter) + ", maxLength=" + this.maxLength + "]";
		}

	}

	/**
	 * Frames preceded by their length (an unsigned integer that counts the frame's bytes
	 * only); {@code writeFrame} prepends it.
	 *
	 * @param fieldLength the bytes of the length field: 1, 2 or 4
	 * @param byteOrder the byte order of the length field
	 * @param maxFrameSize the most bytes of a frame, without its length field
	 */
	record LengthPrefixed(int fieldLength, ByteOrder byteOrder, int maxFrameSize) implements Framing {

		/**
		 * Validates the framing.
		 */
		public LengthPrefixed {
			if (fieldLength != 1 && fieldLength != 2 && fieldLength != 4) {
				throw new IllegalArgumentException("'fieldLength' must be 1, 2 or 4, was " + fieldLength);
			}
			if (byteOrder == null) {
				throw new IllegalArgumentException("'byteOrder' must not be null");
			}
			positive(maxFrameSize, "maxFrameSize");
			long fieldMax = (fieldLength == 4) ? Integer.MAX_VALUE - 4 : (1L << (8 * fieldLength)) - 1;
			if (maxFrameSize > fieldMax) {
				throw new IllegalArgumentException("'maxFrameSize' " + maxFrameSize + " does not fit a " + fieldLength
						+ "-byte length field (at most " + fieldMax + ")");
			}
		}

	}

	/**
	 * Frames of a fixed length; {@code writeFrame} takes exactly that many bytes.
	 *
	 * @param length the bytes of every frame
	 */
	record Fixed(int length) implements Framing {

		/**
		 * Validates the framing.
		 */
		public Fixed {
			positive(length, "length");
		}

	}

	private static void positive(int value, String name) {
		if (value < 1) {
			throw new IllegalArgumentException("'" + name + "' must be positive, was " + value);
		}
	}

}
