package io.sockwork.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code RESULT ...} lines a benchmark run collected (tagged {@code server},
 * {@code workload}, {@code round}) and prints Markdown: per workload, the median of each
 * metric over the rounds for every server, then the targets of issue 14 with their ratio
 * and pass or fail. Server names follow {@code run.sh}: {@code sockwork} is the sample
 * app as a user starts it; {@code sockwork-Nt} pins N event loops; {@code sockwork-nio},
 * {@code netty-epoll} and so on run one event loop on the named transport.
 */
public final class BenchmarkReport {

	static final String SOCKWORK = "sockwork";

	static final List<String> TRANSPORTS = List.of("nio", "epoll", "io_uring");

	private final Map<String, List<Double>> samples = new HashMap<>();

	private final List<String> workloads = new ArrayList<>();

	private final List<String> servers = new ArrayList<>();

	private BenchmarkReport() {
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

	private void add(String line) {
		Map<String, String> values = new HashMap<>();
		for (String pair : line.substring("RESULT ".length()).split(" ")) {
			int equals = pair.indexOf('=');
			values.put(pair.substring(0, equals), pair.substring(equals + 1));
		}
		String workload = values.get("workload");
		String server = values.get("server");
		if (!this.workloads.contains(workload)) {
			this.workloads.add(workload);
		}
		if (!this.servers.contains(server)) {
			this.servers.add(server);
		}
		values.forEach((metric, value) -> {
			if (value.matches("-?[0-9.]+")) {
				this.samples.computeIfAbsent(key(workload, server, metric), (k) -> new ArrayList<>())
					.add(Double.parseDouble(value));
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
		List<Double> values = this.samples.get(key(workload, server, metric));
		if (values == null || values.isEmpty()) {
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
		return workload.startsWith("udp") ? List.of("per_s", "p50_us", "p99_us", "p999_us", "cpu_us", "lost", "errors")
				: List.of("per_s", "p50_us", "p99_us", "p999_us", "cpu_us", "errors");
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
				"### Targets (issue 14)\n\n| target | measured | result |\n|---|---|---|\n");
		for (String workload : this.workloads) {
			if (workload.startsWith("udp")) {
				ratio(out, workload, "per_s", SOCKWORK, "bun", 1.0, true);
				sameTransport(out, workload, "per_s", 0.97, true);
			}
			else if (workload.startsWith("tcp-64x")) {
				sameTransport(out, workload, "per_s", 0.97, true);
				sameTransport(out, workload, "p99_us", 1.1, false);
				ratio(out, workload, "per_s", SOCKWORK, "bun", 1.05, true);
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
	 * Sockwork against raw Netty with one event loop each, on every transport measured.
	 */
	private void sameTransport(StringBuilder out, String workload, String metric, double factor, boolean atLeast) {
		for (String transport : TRANSPORTS) {
			ratio(out, workload, metric, "sockwork-" + transport, "netty-" + transport, factor, atLeast);
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
	 * A row "a metric >= factor x b" (or "<=" when {@code atLeast} is false), if both ran
	 * the workload.
	 */
	private void ratio(StringBuilder out, String workload, String metric, String a, String b, double factor,
			boolean atLeast) {
		Double left = median(workload, a, metric);
		Double right = median(workload, b, metric);
		if (left == null || right == null || right == 0) {
			return;
		}
		double ratio = left / right;
		boolean pass = atLeast ? ratio >= factor : ratio <= factor;
		out.append(String.format(Locale.ROOT, "| %s %s: %s %s %.2f x %s | %.2f x | %s |%n", workload, metric, a,
				atLeast ? ">=" : "<=", factor, b, ratio, pass ? "PASS" : "FAIL"));
	}

	private static String format(@Nullable Double value) {
		if (value == null) {
			return "n/a";
		}
		return (value == Math.rint(value) && Math.abs(value) >= 100) ? String.format(Locale.ROOT, "%,.0f", value)
				: String.format(Locale.ROOT, "%.1f", value);
	}

}
