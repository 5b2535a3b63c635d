package io.sockwork.boot.handler;

/**
 * The water marks of a {@link DispatchQueue}, in received bytes.
 *
 * @param highWaterMark past it, the socket stops reading (a UDP socket drops datagrams)
 * @param lowWaterMark at or under it, a paused socket reads again
 */
record DispatchLimits(long highWaterMark, long lowWaterMark) {

	DispatchLimits {
		if (highWaterMark <= 0 || lowWaterMark < 0 || lowWaterMark > highWaterMark) {
			throw new IllegalArgumentException("The dispatch queue needs 0 <= low-water-mark (" + lowWaterMark
					+ ") <= high-water-mark (" + highWaterMark + ") and a positive high-water-mark");
		}
	}

}
