package io.sockwork.boot.config;

import java.time.Duration;
import java.util.function.DoubleSupplier;

import io.sockwork.core.Durations;

/**
 * How long a TCP client waits before it connects again: {@code initialDelay} after the
 * first failure, multiplied by {@code multiplier} after each further one, never more than
 * {@code maxDelay}, and spread by up to {@code jitter} (a fraction of the delay, either
 * way) so that many clients of one server do not reconnect in step.
 *
 * @param initialDelay the delay after the first failure
 * @param maxDelay the longest delay
 * @param multiplier the growth of the delay per failure, at least 1
 * @param jitter the fraction of the delay, from 0 to 1, by which it is spread at random
 */
public record ReconnectBackoff(Duration initialDelay, Duration maxDelay, double multiplier, double jitter) {

	/** What a client uses unless configured otherwise. */
	public static final ReconnectBackoff DEFAULT = new ReconnectBackoff(Duration.ofMillis(100), Duration.ofSeconds(30),
			2.0, 0.2);

	/**
	 * Checks the backoff.
	 * @throws IllegalArgumentException if a value is out of range
	 */
	public ReconnectBackoff {
		if (initialDelay == null || initialDelay.isNegative() || initialDelay.isZero()) {
			throw new IllegalArgumentException(
					"'reconnect.initial-delay' must be positive, was " + Durations.format(initialDelay));
		}
		if (maxDelay == null || maxDelay.compareTo(initialDelay) < 0) {
			throw new IllegalArgumentException("'reconnect.max-delay' must not be less than the initial delay "
					+ Durations.format(initialDelay) + ", was " + Durations.format(maxDelay));
		}
		if (multiplier < 1) {
			throw new IllegalArgumentException("'reconnect.multiplier' must be at least 1, was " + multiplier);
		}
		if (jitter < 0 || jitter > 1) {
			throw new IllegalArgumentException("'reconnect.jitter' must be between 0 and 1, was " + jitter);
		}
	}

	/**
	 * The delay before the attempt that follows {@code failures} failures in a row.
	 * @param failures the failures so far, at least 1
	 * @param random a uniform random number in [0, 1)
	 * @return the delay
	 */
	public Duration delay(int failures, DoubleSupplier random) {
		double base = this.initialDelay.toNanos() * Math.pow(this.multiplier, Math.max(0, failures - 1));
		double capped = Math.min(base, this.maxDelay.toNanos());
		double spread = capped * this.jitter * (2 * random.getAsDouble() - 1);
		return Duration.ofNanos((long) Math.max(0, capped + spread));
	}

}
