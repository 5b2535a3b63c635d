package io.sockwork.core;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Tests that durations print as they are written in configuration, in the largest unit
 * that states them exactly, never as ISO-8601.
 */
class DurationsTests {

	@Test
	void aDurationPrintsInTheLargestExactUnit() {
		assertThat(Durations.format(Duration.ofSeconds(10))).isEqualTo("10s");
		assertThat(Durations.format(Duration.ofMillis(500))).isEqualTo("500ms");
		assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
		assertThat(Durations.format(Duration.ofSeconds(90))).isEqualTo("90s");
		assertThat(Durations.format(Duration.ofMinutes(5))).isEqualTo("5m");
		assertThat(Durations.format(Duration.ofHours(2))).isEqualTo("2h");
		assertThat(Durations.format(Duration.ofDays(1))).isEqualTo("1d");
		assertThat(Durations.format(Duration.ofNanos(250_000))).isEqualTo("250us");
		assertThat(Durations.format(Duration.ofNanos(7))).isEqualTo("7ns");
	}

	@Test
	void zeroNegativeAndNullPrintToo() {
		assertThat(Durations.format(Duration.ZERO)).isEqualTo("0s");
		assertThat(Durations.format(Duration.ofSeconds(-5))).isEqualTo("-5s");
		assertThat(Durations.format(null)).isEqualTo("null");
	}

	@Test
	void optionsNameAnInvalidDurationInTheSameFormat() {
		assertThat(
				catchThrowable(() -> TcpConnectOptions.to("localhost", 1).withConnectTimeout(Duration.ofMillis(-500))))
			.hasMessage("'connectTimeout' must be positive, was -500ms");
	}

}
