package io.sockwork.benchmarks.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A target's ratio is paired by round: the median and range of the per-round ratios, PASS
 * only when every round meets it, FAIL when none does, MIXED otherwise, saying whether
 * the median meets it. Raw Netty against Bun is a reference row, with no verdict.
 */
class BenchmarkReportTests {

	@Test
	void ratiosArePairedByRoundAndRoundsThatDisagreeAreMixed() {
		BenchmarkReport report = new BenchmarkReport();
		rates(report, "sockwork-nio", 100, 50);
		rates(report, "netty-nio", 100, 60);
		rates(report, "sockwork-core-nio", 200, 120);
		assertThat(report.targets()).contains(
				"| udp-16x4x64B per_s: sockwork-nio >= 0.97 x netty-nio | 0.92 x (0.83-1.00) | MIXED, median misses |")
			.contains("| udp-16x4x64B per_s: sockwork-core-nio >= 0.97 x netty-nio | 2.00 x (2.00-2.00) | PASS |");
	}

	@Test
	void aMixedTargetSaysWhenItsMedianMeetsIt() {
		BenchmarkReport report = new BenchmarkReport();
		rates(report, "netty-io_uring", 100, 100, 100);
		rates(report, "sockwork-io_uring", 90, 100, 110);
		assertThat(report.targets()).contains(
				"| udp-16x4x64B per_s: sockwork-io_uring >= 0.97 x netty-io_uring | 1.00 x (0.90-1.10) | MIXED, median meets |");
	}

	@Test
	void aTargetNoRoundMeetsFails() {
		BenchmarkReport report = new BenchmarkReport();
		rates(report, "sockwork-epoll", 90);
		rates(report, "netty-epoll", 100);
		assertThat(report.targets())
			.contains("| udp-16x4x64B per_s: sockwork-epoll >= 0.97 x netty-epoll | 0.90 x (0.90-0.90) | FAIL |");
	}

	@Test
	void smallFiguresKeepThreeSignificantDigits() {
		BenchmarkReport report = new BenchmarkReport();
		report.add("RESULT server=sockwork-epoll workload=tcp-64x16x64B round=1 mode=tcp per_s=4110379 p50_us=224.8"
				+ " cpu_us=0.204 user_us=0.031 errors=0");
		report.add("RESULT server=netty-epoll workload=tcp-64x16x64B round=1 mode=tcp per_s=4230648 p50_us=206.2"
				+ " cpu_us=0.200 user_us=0.024 errors=0");
		assertThat(report.medians())
			.contains("| sockwork-epoll | 4,110,379 | 224.8 | n/a | n/a | 0.204 | 0.0310 | 0.0 |")
			.contains("| netty-epoll | 4,230,648 | 206.2 | n/a | n/a | 0.200 | 0.0240 | 0.0 |");
		assertThat(report.targets())
			.contains("| tcp-64x16x64B cpu_us: sockwork-epoll <= 1.03 x netty-epoll | 1.02 x (1.02-1.02) | PASS |");
	}

	@Test
	void rawNettyAgainstBunIsAReferenceRowNextToTheTargetAgainstBun() {
		BenchmarkReport report = new BenchmarkReport();
		rates(report, "sockwork", 103, 99);
		rates(report, "bun", 100, 100);
		rates(report, "netty-epoll", 104, 100);
		assertThat(report.targets())
			.contains("| udp-16x4x64B per_s: sockwork >= 1.00 x bun | 1.01 x (0.99-1.03) | MIXED, median meets |\n"
					+ "| udp-16x4x64B per_s: netty-epoll / bun | 1.02 x (1.00-1.04) | reference |\n")
			.doesNotContain("netty-nio / bun");
	}

	/** Adds the server's UDP rates, one for each round from round 1. */
	private static void rates(BenchmarkReport report, String server, int... perRound) {
		for (int round = 1; round <= perRound.length; round++) {
			report.add("RESULT server=" + server + " workload=udp-16x4x64B round=" + round + " mode=udp per_s="
					+ perRound[round - 1]);
		}
	}

}
