package io.sockwork.benchmarks.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

/**
 * What one run measured, printed as one {@code RESULT key=value ...} line that
 * {@code run.sh} collects.
 */
final class LoadResult {

	private final Map<String, String> values = new LinkedHashMap<>();

	LoadResult put(String key, Object value) {
		this.values.put(key, String.valueOf(value));
		return this;
	}

	/**
	 * Adds the rate and the latency percentiles (microseconds) of {@code count} events
	 * recorded over {@code nanos}.
	 */
	LoadResult rate(long count, long nanos, Histogram latencies) {
		put("count", count);
		put("per_s", Math.round(count * 1e9 / nanos));
		put("p50_us", micros(latencies.getValueAtPercentile(50)));
		put("p99_us", micros(latencies.getValueAtPercentile(99)));
		return put("p999_us", micros(latencies.getValueAtPercentile(99.9)));
	}

	@Nullable String get(String key) {
		return this.values.get(key);
	}

	private static String micros(long nanos) {
		return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1000.0);
	}

	@Override
	public String toString() {
		StringJoiner line = new StringJoiner(" ", "RESULT ", "");
		this.values.forEach((key, value) -> line.add(key + "=" + value));
		return line.toString();
	}

}
