package io.sockwork.core;

/**
 * The outbound buffer limits of a socket: {@link TcpSocket#write(byte[]) write} accepts
 * bytes while the buffer holds fewer than {@code high} bytes, and {@link TcpHandler#drain
 * drain} fires once it falls under {@code low}.
 *
 * @param low the low-water mark in bytes
 * @param high the high-water mark in bytes
 */
public record WaterMarks(int low, int high) {

	/** Netty's defaults: 32 KiB and 64 KiB. */
	public static final WaterMarks DEFAULT = new WaterMarks(32 * 1024, 64 * 1024);

	/**
	 * Validates the marks.
	 */
	public WaterMarks {
		if (low < 0) {
			throw new IllegalArgumentException("Write buffer low-water mark must not be negative, was " + low);
		}
		if (high < 1) {
			throw new IllegalArgumentException("Write buffer high-water mark must be positive, was " + high);
		}
		if (low > high) {
			throw new IllegalArgumentException("Write buffer low-water mark (" + low
					+ " bytes) must not be above the high-water mark (" + high + " bytes)");
		}
	}

}
