package io.sockwork.boot.config;

import java.time.Duration;

import io.sockwork.core.Ports;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.Errors;

/**
 * The checks the properties of every kind of socket share.
 */
final class PropertyChecks {

	private PropertyChecks() {
	}

	/**
	 * Rejects a port to bind that core's {@link Ports} refuses.
	 */
	static void port(String path, @Nullable Integer port, Errors errors) {
		if (port != null && !Ports.isValid(port)) {
			errors.rejectValue(path + "port", "range",
					"must be between 0 and " + Ports.MAX + " (0 for an ephemeral port)");
		}
	}

	/**
	 * Rejects a port to connect to that core's {@link Ports} refuses.
	 */
	static void peerPort(String path, @Nullable Integer port, Errors errors) {
		if (port != null && !Ports.isValidPeer(port)) {
			errors.rejectValue(path + "port", "range", "must be between 1 and " + Ports.MAX);
		}
	}

	/**
	 * Rejects a time-to-live outside 0 to 255.
	 */
	static void ttl(String field, @Nullable Integer ttl, Errors errors) {
		if (ttl != null && (ttl < 0 || ttl > 255)) {
			errors.rejectValue(field, "range", "must be between 0 and 255");
		}
	}

	/**
	 * Rejects a duration that is zero or negative.
	 */
	static void positive(String field, @Nullable Duration value, Errors errors) {
		if (value != null && (value.isNegative() || value.isZero())) {
			errors.rejectValue(field, "positive", "must be positive");
		}
	}

	/**
	 * Rejects a negative number.
	 */
	static void notNegative(String field, @Nullable Integer value, Errors errors) {
		if (value != null && value < 0) {
			errors.rejectValue(field, "negative", "must not be negative");
		}
	}

}
