package io.sockwork.benchmarks.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code RESULT ...} lines a benchmark run collected (tagged {@code server},
 * {@code workload}, {@code round}) and prints Markdown: the median of each metric over
 * the rounds, Sockwork's ratio to each peer, and the targets with pass or fail.
 */
public final class BenchmarkReport {

	static final String SOCKWORK = "sockwork";

	static final List<String> PEERS = List.of("bun", "netty", "spring-integration");

	private final Map<String, List<Double>> samples = new HashMap<>();

	private final List<String> workloads = new ArrayList<>();

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
		if (!this.workloads.contains(workload)) {
			this.workloads.add(workload);
		}
		values.forEach((metric, value) -> {
			if (value.matches("-?[0-9.]+")) {
				this.samples.computeIfAbsent(key(workload, values.get("server"), metric), (k) -> new ArrayList<>())
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
		return workload.startsWith("udp") ? List.of("per_s", "p50_us", "p99_us", "p999_us", "lost", "errors")
				: List.of("per_s", "p50_us", "p99_us", "p999_us", "errors");
	}

	String medians() {
		StringBuilder out = new StringBuilder("| workload | metric | sockwork | bun | netty | spring-integration "
				+ "| sockwork/bun | sockwork/netty | sockwork/spring-integration |\n|---|---|--:|--:|--:|--:|--:|--:|--:|\n");
		for (String workload : this.workloads) {
			for (String metric : metrics(workload)) {
				out.append("| ").append(workload).append(" | ").append(metric);
				Double sockwork = median(workload, SOCKWORK, metric);
				out.append(" | ").append(format(sockwork));
				for (String peer : PEERS) {
					out.append(" | ").append(format(median(workload, peer, metric)));
				}
				for (String peer : PEERS) {
					Double other = median(workload, peer, metric);
					out.append(" | ")
						.append((sockwork == null || other == null || other == 0) ? "n/a"
								: String.format(Locale.ROOT, "%.2f", sockwork / other));
				}
				out.append(" |\n");
			}
		}
		return out.append('\n').toString();
	}

	String targets() {
		StringBuilder out = new StringBuilder("| target | measured | result |\n|---|---|---|\n");
		for (String workload : this.workloads) {
			if (workload.startsWith("tcp")) {
				ratio(out, workload, "per_s", "bun", 1.1, true);
				ratio(out, workload, "per_s", "netty", 0.95, true);
				ratio(out, workload, "per_s", "spring-integration", 3.0, true);
				ratio(out, workload, "p99_us", "bun", 1.0, false);
			}
			else if (workload.startsWith("udp")) {
				ratio(out, workload, "per_s", "bun", 1.0, true);
			}
			else if (workload.startsWith("idle")) {
				Double heap = median(workload, SOCKWORK, "heap_per_conn");
				out.append("| ")
					.append(workload)
					.append(" heap per connection <= 2048 B | ")
					.append(format(heap))
					.append(" B | ")
					.append(verdict(heap, (heap != null) && heap <= 2048))
					.append(" |\n");
			}
		}
		return out.toString();
	}

	/**
	 * A row "sockwork metric >= factor x peer" (or "<=" when {@code atLeast} is false).
	 */
	private void ratio(StringBuilder out, String workload, String metric, String peer, double factor, boolean atLeast) {
		Double sockwork = median(workload, SOCKWORK, metric);
		Double other = median(workload, peer, metric);
		Double ratio = (sockwork == null || other == null || other == 0) ? null : sockwork / other;
		boolean pass = ratio != null && (atLeast ? ratio >= factor : ratio <= factor);
		out.append(String.format(Locale.ROOT, "| %s %s sockwork %s %.2f x %s | %s | %s |%n", workload, metric,
				atLeast ? ">=" : "<=", factor, peer,
				(ratio != null) ? String.format(Locale.ROOT, "%.2f x", ratio) : "n/a", verdict(ratio, pass)));
	}

	private static String verdict(@Nullable Object measured, boolean pass) {
		return (measured == null) ? "not measured" : (pass ? "PASS" : "FAIL");
	}

	private static String format(@Nullable Double value) {
		if (value == null) {
			return "n/a";
		}
		return (value == Math.rint(value) && Math.abs(value) >= 100) ? String.format(Locale.ROOT, "%,.0f", value)
				: String.format(Locale.ROOT, "%.1f", value);
	}

}
