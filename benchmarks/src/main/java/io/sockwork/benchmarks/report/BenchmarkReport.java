package io.sockwork.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code RESULT ...} lines a benchmark run collected (tagged {@code server},
 * {@code workload}, {@code round}) and prints Markdown: per workload, the median of each
 * metric over the rounds for every server, then the targets of issue 14. A target's ratio
 * is taken per round, between runs that ran close together, and reported as the median
 * with the range over the rounds: PASS when every round meets it, FAIL when none does,
 * and MIXED when the rounds disagree, that is when this machine's noise is larger than
 * the gap; a MIXED row also says whether the median meets it, which is how issue 14
 * states its targets. Server names follow {@code run.sh}: {@code sockwork} is the sample
 * app as a user starts it; {@code sockwork-Nt} pins N event loops; {@code sockwork-nio},
 * {@code sockwork-core-nio}, {@code netty-epoll} and so on run one event loop on the
 * named transport ({@code -core-} is the engine without Spring).
 */
public final class BenchmarkReport {

	static final String SOCKWORK = "sockwork";

	static final List<String> TRANSPORTS = List.of("nio", "epoll", "io_uring");

	// workload|server|metric -> round -> value
	private final Map<String, Map<String, Double>> samples = new HashMap<>();

	private final List<String> workloads = new ArrayList<>();

	private final List<String> servers = new ArrayList<>();

	BenchmarkReport() {
	}

	/**
	 * Prints the report.
	 * @param args the results file
	 * @throws IOException if it cannot be read
	 */
	public static void main(String[] args) throws IOException {
		BenchmarkReport report = new BenchmarkReport();
		Files.readAllLines(Path.of(args[0])).stream().filter((line) -> line.startsWith("RESULT ")).forEach(report::add);
		System.out.print(report.medians());
		System.out.print(report.targets());
	}

	void add(String line) {
		Map<String, String> values = new HashMap<>();
		for (String pair : line.substring("RESULT ".length()).split(" ")) {
			int equals = pair.indexOf('=');
			values.put(pair.substring(0, equals), pair.substring(equals + 1));
		}
		String workload = values.get("workload");
		String server = values.get("server");
		String round = values.getOrDefault("round", "1");
		if (!this.workloads.contains(workload)) {
			this.workloads.add(workload);
		}
		if (!this.servers.contains(server)) {
			this.servers.add(server);
		}
		values.forEach((metric, value) -> {
			if (value.matches("-?[0-9.]+")) {
				this.samples.computeIfAbsent(key(workload, server, metric), (k) -> new TreeMap<>())
					.put(round, Double.parseDouble(value));
			}
		});
	}

	private static String key(@Nullable String workload, @Nullable String server, String metric) {
		return workload + "|" + server + "|" + metric;
	}

	/**
	 * The median over the rounds, or {@code null} when the server did not run the
	 * workload.
	 */
	@Nullable Double median(String workload, String server, String metric) {
		Map<String, Double> rounds = this.samples.get(key(workload, server, metric));
		return (rounds != null) ? median(List.copyOf(rounds.values())) : null;
	}

	private static @Nullable Double median(List<Double> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	private static List<String> metrics(String workload) {
		if (workload.startsWith("idle")) {
			return List.of("heap_per_conn", "rss_per_conn");
		}
		return workload.startsWith("udp")
				? List.of("per_s", "p50_us", "p99_us", "p999_us", "cpu_us", "user_us", "lost", "errors")
				: List.of("per_s", "p50_us", "p99_us", "p999_us", "cpu_us", "user_us", "errors");
	}

	String medians() {
		StringBuilder out = new StringBuilder();
		for (String workload : this.workloads) {
			List<String> metrics = metrics(workload);
			out.append("### ").append(workload).append("\n\n| server | ").append(String.join(" | ", metrics));
			out.append(" |\n|---|").append("--:|".repeat(metrics.size())).append('\n');
			for (String server : this.servers) {
				if (metrics.stream().allMatch((metric) -> median(workload, server, metric) == null)) {
					continue;
				}
				out.append("| ").append(server);
				for (String metric : metrics) {
					out.append(" | ").append(format(median(workload, server, metric)));
				}
				out.append(" |\n");
			}
			out.append('\n');
		}
		return out.toString();
	}

	String targets() {
		StringBuilder out = new StringBuilder(
				"### Targets (issue 14)\n\nThe ratio of each round's two runs (run next to each other, or with one "
						+ "run between them): median, then the range over the rounds. PASS when every round meets the "
						+ "target, FAIL when none does, MIXED when they disagree, and then whether the median meets it. "
						+ "`cpu_us` rows restate a rate target as CPU per message (0.97 x the rate is 1.03 x the CPU), "
						+ "which this machine's noise disturbs less; `-core-` rows are the engine without Spring. "
						+ "`reference` rows are no target: raw Netty on one event loop against Bun, what a Netty "
						+ "server reached against Bun in this run, the ceiling of the target above them.\n\n"
						+ "| target | median (range) | result |\n|---|---|---|\n");
		for (String workload : this.workloads) {
			if (workload.startsWith("udp")) {
				ratio(out, workload, "per_s", SOCKWORK, "bun", 1.0, true);
				nettyAgainstBun(out, workload);
				sameTransport(out, workload, "per_s", 0.97, true);
				sameTransport(out, workload, "cpu_us", 1.03, false);
			}
			else if (workload.startsWith("tcp-64x")) {
				sameTransport(out, workload, "per_s", 0.97, true);
				sameTransport(out, workload, "cpu_us", 1.03, false);
				sameTransport(out, workload, "p99_us", 1.1, false);
				ratio(out, workload, "per_s", SOCKWORK, "bun", 1.05, true);
				nettyAgainstBun(out, workload);
			}
			if (workload.startsWith("tcp-64x") || workload.startsWith("udp")) {
				bestThreads(out, workload);
				ratio(out, workload, "p99_us", SOCKWORK, "bun", 1.5, false);
			}
			if (workload.startsWith("idle")) {
				for (String transport : TRANSPORTS) {
					ratio(out, workload, "heap_per_conn", "sockwork-" + transport, "netty-" + transport, 1.0, false);
				}
			}
		}
		return out.toString();
	}

	/**
	 * Sockwork (the sample app, then the engine alone) against raw Netty with one event
	 * loop each, on every transport measured.
	 */
	private void sameTransport(StringBuilder out, String workload, String metric, double factor, boolean atLeast) {
		for (String transport : TRANSPORTS) {
			ratio(out, workload, metric, "sockwork-" + transport, "netty-" + transport, factor, atLeast);
			ratio(out, workload, metric, "sockwork-core-" + transport, "netty-" + transport, factor, atLeast);
		}
	}

	/**
	 * Reference rows: raw Netty against Bun on every transport measured.
	 */
	private void nettyAgainstBun(StringBuilder out, String workload) {
		for (String transport : TRANSPORTS) {
			List<Double> ratios = roundRatios(workload, "per_s", "netty-" + transport, "bun");
			Double median = median(ratios);
			if (median != null) {
				out.append(String.format(Locale.ROOT, "| %s per_s: netty-%s / bun | %s | reference |%n", workload,
						transport, range(median, ratios)));
			}
		}
	}

	/**
	 * The sample app as a user starts it, against its best pinned thread count.
	 */
	private void bestThreads(StringBuilder out, String workload) {
		String best = null;
		for (String server : this.servers) {
			Double rate = median(workload, server, "per_s");
			if (server.matches("sockwork-[0-9]+t") && rate != null
					&& (best == null || rate > Objects.requireNonNull(median(workload, best, "per_s")))) {
				best = server;
			}
		}
		if (best != null) {
			ratio(out, workload, "per_s", SOCKWORK, best, 0.9, true);
		}
	}

	/**
	 * A row "a metric >= factor x b" (or "<=" when {@code atLeast} is false), over the
	 * rounds in which both ran the workload.
	 */
	private void ratio(StringBuilder out, String workload, String metric, String a, String b, double factor,
			boolean atLeast) {
		List<Double> ratios = roundRatios(workload, metric, a, b);
		Double median = median(ratios);
		if (median == null) {
			return;
		}
		long passing = ratios.stream().filter((ratio) -> meets(ratio, factor, atLeast)).count();
		String result = (passing == ratios.size()) ? "PASS" : (passing == 0) ? "FAIL"
				: meets(median, factor, atLeast) ? "MIXED, median meets" : "MIXED, median misses";
		out.append(String.format(Locale.ROOT, "| %s %s: %s %s %.2f x %s | %s | %s |%n", workload, metric, a,
				atLeast ? ">=" : "<=", factor, b, range(median, ratios), result));
	}

	/**
	 * The ratios of {@code a} to {@code b}, one for each round in which both ran the
	 * workload.
	 */
	private List<Double> roundRatios(String workload, String metric, String a, String b) {
		Map<String, Double> left = this.samples.getOrDefault(key(workload, a, metric), Map.of());
		Map<String, Double> right = this.samples.getOrDefault(key(workload, b, metric), Map.of());
		List<Double> ratios = new ArrayList<>();
		left.forEach((round, value) -> {
			Double other = right.get(round);
			if (other != null && other != 0) {
				ratios.add(value / other);
			}
		});
		return ratios;
	}

	private static String range(double median, List<Double> ratios) {
		return String.format(Locale.ROOT, "%.2f x (%.2f-%.2f)", median, Collections.min(ratios),
				Collections.max(ratios));
	}

	private static boolean meets(double ratio, double factor, boolean atLeast) {
		return atLeast ? ratio >= factor : ratio <= factor;
	}

	private static String format(@Nullable Double value) {
		if (value == null) {
			return "n/a";
		}
		if (value == Math.rint(value) && Math.abs(value) >= 100) {
			return String.format(Locale.ROOT, "%,.0f", value);
		}
		// Three significant digits below 10 (CPU per message is often about 0.2 us).
		return (value != Math.rint(value) && Math.abs(value) < 10) ? String.format(Locale.ROOT, "%.3g", value)
				: String.format(Locale.ROOT, "%.1f", value);
	}

}
