package io.sockwork.core;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Formats durations the way they are written in configuration ({@code 10s},
 * {@code 500ms}, {@code 5m}) rather than as ISO-8601 ({@code PT10S}): the one format of
 * Sockwork's log lines and error messages.
 */
public final class Durations {

	/** The units tried, largest first, with the suffix Spring Boot reads back. */
	private static final List<Unit> UNITS = List.of(new Unit(ChronoUnit.DAYS, "d"), new Unit(ChronoUnit.HOURS, "h"),
			new Unit(ChronoUnit.MINUTES, "m"), new Unit(ChronoUnit.SECONDS, "s"), new Unit(ChronoUnit.MILLIS, "ms"),
			new Unit(ChronoUnit.MICROS, "us"));

	private Durations() {
	}

	/**
	 * Formats a duration in the largest unit that states it exactly: {@code 10s},
	 * {@code 1500ms}, {@code 2h}, {@code 0s}, {@code -5s}.
	 * @param duration the duration, or {@code null}
	 * @return the duration with its unit, or {@code "null"}
	 */
	public static String format(@Nullable Duration duration) {
		if (duration == null) {
			return "null";
		}
		if (duration.isZero()) {
			return "0s";
		}
		if (duration.isNegative()) {
			return "-" + format(duration.negated());
		}
		for (Unit unit : UNITS) {
			Duration length = unit.unit().getDuration();
			if (duration.toNanos() % length.toNanos() == 0) {
				return duration.dividedBy(length) + unit.suffix();
			}
		}
		return duration.toNanos() + "ns";
	}

	private record Unit(ChronoUnit unit, String suffix) {

	}

}
