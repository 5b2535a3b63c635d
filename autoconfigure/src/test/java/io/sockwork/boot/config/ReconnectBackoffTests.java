package io.sockwork.boot.config;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A client's reconnect delay grows by the multiplier up to the maximum, jitter spreads it
 * by up to its fraction either way, and settings out of range are rejected naming the
 * property.
 */
class ReconnectBackoffTests {

	private final ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofMillis(100), Duration.ofSeconds(1), 2.0,
			0.5);

	@Test
	void delayGrowsByTheMultiplierUntilTheMaximum() {
		// 0.5 is the middle of the random range: no jitter either way.
		assertThat(this.backoff.delay(1, () -> 0.5)).isEqualTo(Duration.ofMillis(100));
		assertThat(this.backoff.delay(2, () -> 0.5)).isEqualTo(Duration.ofMillis(200));
		assertThat(this.backoff.delay(4, () -> 0.5)).isEqualTo(Duration.ofMillis(800));
		assertThat(this.backoff.delay(5, () -> 0.5)).isEqualTo(Duration.ofSeconds(1));
		assertThat(this.backoff.delay(1000, () -> 0.5)).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void jitterSpreadsTheDelayByUpToItsFractionEitherWay() {
		assertThat(this.backoff.delay(2, () -> 0.0)).isEqualTo(Duration.ofMillis(100));
		assertThat(this.backoff.delay(2, () -> 0.999999)).isBetween(Duration.ofMillis(299), Duration.ofMillis(300));
	}

	@Test
	void settingsOutOfRangeAreRejectedWithThePropertyName() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ReconnectBackoff(Duration.ZERO, Duration.ofSeconds(1), 2, 0))
			.withMessageContaining("reconnect.initial-delay");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ReconnectBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 2, 0))
			.withMessageContaining("reconnect.max-delay");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ReconnectBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 0.5, 0))
			.withMessageContaining("reconnect.multiplier");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ReconnectBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 2, 1.5))
			.withMessageContaining("reconnect.jitter");
	}

}
