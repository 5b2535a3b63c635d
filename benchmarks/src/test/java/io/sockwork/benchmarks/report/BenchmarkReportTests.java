package io.sockwork.benchmarks.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A target's ratio is paired by round: the median and range of the per-round ratios, PASS
 * only when every round meets it, FAIL when none does, MIXED otherwise, saying whether
 * the median meets it.
 */
class BenchmarkReportTests {

	@Test
	void ratiosArePairedByRoundAndRoundsThatDisagreeAreMixed() {
		BenchmarkReport report = new BenchmarkReport();
		rate(report, "sockwork-nio", 1, 100);
		rate(report, "netty-nio", 1, 100);
		rate(report, "sockwork-nio", 2, 50);
		rate(report, "netty-nio", 2, 60);
		rate(report, "sockwork-core-nio", 1, 200);
		rate(report, "sockwork-core-nio", 2, 120);
		assertThat(report.targets()).contains(
				"| udp-16x4x64B per_s: sockwork-nio >= 0.97 x netty-nio | 0.92 x (0.83-1.00) | MIXED, median misses |")
			.contains("| udp-16x4x64B per_s: sockwork-core-nio >= 0.97 x netty-nio | 2.00 x (2.00-2.00) | PASS |");
	}

	@Test
	void aMixedTargetSaysWhenItsMedianMeetsIt() {
		BenchmarkReport report = new BenchmarkReport();
		for (int round = 1; round <= 3; round++) {
			rate(report, "netty-io_uring", round, 100);
		}
		rate(report, "sockwork-io_uring", 1, 90);
		rate(report, "sockwork-io_uring", 2, 100);
		rate(report, "sockwork-io_uring", 3, 110);
		assertThat(report.targets()).contains(
				"| udp-16x4x64B per_s: sockwork-io_uring >= 0.97 x netty-io_uring | 1.00 x (0.90-1.10) | MIXED, median meets |");
	}

	@Test
	void aTargetNoRoundMeetsFails() {
		BenchmarkReport report = new BenchmarkReport();
		rate(report, "sockwork-epoll", 1, 90);
		rate(report, "netty-epoll", 1, 100);
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

	private static void rate(BenchmarkReport report, String server, int round, int perSecond) {
		report
			.add("RESULT server=" + server + " workload=udp-16x4x64B round=" + round + " mode=udp per_s=" + perSecond);
	}

}
