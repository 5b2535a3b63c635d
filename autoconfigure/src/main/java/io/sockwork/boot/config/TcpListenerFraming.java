package io.sockwork.boot.config;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import io.sockwork.boot.annotation.FramingType;
import io.sockwork.core.Framing;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.util.unit.DataSize;

/**
 * The framing settings of one TCP listener or client, turned into the engine's
 * {@link Framing}.
 */
public final class TcpListenerFraming {

	/** The maximum frame length unless another is given. */
	public static final DataSize DEFAULT_MAX_LENGTH = DataSize.ofKilobytes(64);

	private static final String HEX_PREFIX = "hex:";

	private FramingType type = FramingType.RAW;

	private DataSize maxLength = DEFAULT_MAX_LENGTH;

	private @Nullable String delimiter;

	private int lengthFieldLength = 4;

	private boolean littleEndian;

	private int length;

	/**
	 * The kind of framing.
	 * @return the type
	 */
	public FramingType getType() {
		return this.type;
	}

	/**
	 * Sets the kind of framing.
	 * @param type the type
	 */
	public void setType(FramingType type) {
		this.type = type;
	}

	/**
	 * The most bytes of a frame (lines, delimiter, length-prefixed), without delimiter or
	 * prefix.
	 * @return the maximum
	 */
	public DataSize getMaxLength() {
		return this.maxLength;
	}

	/**
	 * Sets the most bytes of a frame.
	 * @param maxLength the maximum
	 */
	public void setMaxLength(DataSize maxLength) {
		this.maxLength = maxLength;
	}

	/**
	 * The delimiter of delimiter framing: text, encoded as UTF-8, or {@code hex:} and hex
	 * digits for any bytes.
	 * @return the delimiter, or {@code null} if not set
	 */
	public @Nullable String getDelimiter() {
		return this.delimiter;
	}

	/**
	 * Sets the delimiter of delimiter framing.
	 * @param delimiter text, or {@code hex:} and hex digits (such as {@code hex:00})
	 */
	public void setDelimiter(@Nullable String delimiter) {
		this.delimiter = delimiter;
	}

	/**
	 * The bytes of the length field of length-prefixed framing.
	 * @return 1, 2 or 4
	 */
	public int getLengthFieldLength() {
		return this.lengthFieldLength;
	}

	/**
	 * Sets the bytes of the length field of length-prefixed framing.
	 * @param lengthFieldLength 1, 2 or 4
	 */
	public void setLengthFieldLength(int lengthFieldLength) {
		this.lengthFieldLength = lengthFieldLength;
	}

	/**
	 * Whether the length field is little-endian (big-endian otherwise).
	 * @return whether the length field is little-endian
	 */
	public boolean isLittleEndian() {
		return this.littleEndian;
	}

	/**
	 * Sets whether the length field is little-endian.
	 * @param littleEndian whether the length field is little-endian
	 */
	public void setLittleEndian(boolean littleEndian) {
		this.littleEndian = littleEndian;
	}

	/**
	 * The bytes of every frame of fixed framing.
	 * @return the length
	 */
	public int getLength() {
		return this.length;
	}

	/**
	 * Sets the bytes of every frame of fixed framing.
	 * @param length the length
	 */
	public void setLength(int length) {
		this.length = length;
	}

	/**
	 * Reads the framing attributes that {@code @TcpListener} and {@code @TcpClient}
	 * share.
	 * @throws IllegalArgumentException if an attribute cannot be parsed
	 */
	void read(FramingType framing, String maxFrameLength, String frameDelimiter, int lengthFieldLength,
			boolean lengthFieldLittleEndian, int frameLength, AttributeResolver attributes) {
		PropertyMapper map = PropertyMapper.get();
		map.from(framing).to(this::setType);
		map.from(attributes.text(maxFrameLength)).as(DataSize::parse).to(this::setMaxLength);
		// A delimiter may be blank (a space, say): only an empty one means "not set".
		map.from(attributes.resolve(frameDelimiter)).whenNot(String::isEmpty).to(this::setDelimiter);
		map.from(lengthFieldLength).to(this::setLengthFieldLength);
		map.from(lengthFieldLittleEndian).to(this::setLittleEndian);
		map.from(frameLength).to(this::setLength);
	}

	/**
	 * Applies the framing properties that are set.
	 */
	void apply(TcpListenerProperties.Framing properties) {
		PropertyMapper map = PropertyMapper.get();
		map.from(properties::getType).to(this::setType);
		map.from(properties::getMaxLength).to(this::setMaxLength);
		map.from(properties::getDelimiter).to(this::setDelimiter);
		map.from(properties::getLengthFieldLength).to(this::setLengthFieldLength);
		map.from(properties::getLittleEndian).to(this::setLittleEndian);
		map.from(properties::getLength).to(this::setLength);
	}

	/**
	 * The engine's framing for these settings.
	 * @throws IllegalArgumentException if the settings do not make a framing, such as
	 * delimiter framing without a delimiter
	 */
	Framing toFraming() {
		int max = (int) Math.min(Integer.MAX_VALUE, this.maxLength.toBytes());
		return switch (this.type) {
			case RAW -> Framing.raw();
			case LINES -> Framing.lines(max);
			case DELIMITER -> Framing.delimiter(delimiterBytes(), max);
			case LENGTH_PREFIXED -> Framing.lengthPrefixed(this.lengthFieldLength,
					this.littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN, max);
			case FIXED -> Framing.fixed(this.length);
		};
	}

	private byte[] delimiterBytes() {
		String text = this.delimiter;
		if (text == null || text.isEmpty()) {
			throw new IllegalArgumentException("Delimiter framing needs a delimiter");
		}
		if (text.startsWith(HEX_PREFIX)) {
			return HexFormat.of().parseHex(text.substring(HEX_PREFIX.length()));
		}
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
