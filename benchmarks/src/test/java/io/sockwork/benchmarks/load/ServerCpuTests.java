package io.sockwork.benchmarks.load;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's CPU per message is read from {@code /proc/<pid>/stat} with its user part
 * apart: a process that only computes shows its CPU as user time.
 */
class ServerCpuTests {

	@Test
	void userAndSystemTicksAreReadAfterACommandNameWithSpacesAndParentheses() {
		String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 731 219 0 0 20 0 30 0 123 456";
		assertThat(ServerCpu.Ticks.parse(stat)).isEqualTo(new ServerCpu.Ticks(731, 219));
	}

	@Test
	void aProcessThatComputesSpendsItsCpuInUserTime() throws Exception {
		long window = TimeUnit.MILLISECONDS.toNanos(500);
		ServerCpu cpu = ServerCpu.watch(ProcessHandle.current().pid(), 0, window);
		long end = System.nanoTime() + window + TimeUnit.MILLISECONDS.toNanos(50);
		long sum = 0;
		while (System.nanoTime() < end) {
			sum += Long.numberOfTrailingZeros(sum + end);
		}
		LoadResult result = new LoadResult();
		cpu.addTo(result, 1);
		double total = Double.parseDouble(result.get("cpu_us"));
		double user = Double.parseDouble(result.get("user_us"));
		// Half a second of one spinning thread: about 50 ticks, nearly all of them user.
		assertThat(total).isGreaterThanOrEqualTo(200_000);
		assertThat(user).isLessThanOrEqualTo(total).isGreaterThan(total / 2);
		assertThat(sum).isNotNegative();
	}

	@Test
	void smallCostsPerMessageKeepTheirNanoseconds() {
		// 41 ticks over 2 million messages: 0.205 us, which two decimals would show as
		// 0.21 (and 40 ticks as 0.20, a 5% step between neighbouring readings).
		assertThat(ServerCpu.microsPer(41, 2_000_000)).isEqualTo("0.205");
		assertThat(ServerCpu.microsPer(40, 2_000_000)).isEqualTo("0.200");
	}

	@Test
	void withNoMessagesThereIsNoFigure() throws Exception {
		ServerCpu cpu = ServerCpu.watch(ProcessHandle.current().pid(), 0, 0);
		LoadResult result = new LoadResult();
		cpu.addTo(result, 0);
		assertThat(result.get("cpu_us")).isEqualTo("n/a");
		assertThat(result.get("user_us")).isEqualTo("n/a");
	}

}
