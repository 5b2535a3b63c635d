package io.sockwork.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The CPU time a server process spends in the measured window (every thread, from
 * {@code /proc/<pid>/stat}): divided by the messages counted, it is the CPU cost per
 * message, a figure that other load on the machine disturbs less than the rate. The user
 * part is kept apart: on loopback most of an echo's CPU is the kernel's TCP or UDP stack,
 * which every server pays alike, and the user part is what the server's own code costs.
 */
final class ServerCpu {

	// USER_HZ: the unit of utime and stime, 100 on Linux.
	private static final long TICK_MICROS = 10_000;

	private final Thread sampler;

	private volatile Ticks measured = new Ticks(-1, -1);

	private ServerCpu(long pid, long startNanos, long endNanos) {
		this.sampler = new Thread(() -> {
			Ticks before = ticksAt(pid, startNanos);
			Ticks after = ticksAt(pid, endNanos);
			this.measured = new Ticks(after.user() - before.user(), after.system() - before.system());
		}, "server-cpu");
		this.sampler.setDaemon(true);
		this.sampler.start();
	}

	/**
	 * Samples the process at {@code warmupNanos} and again {@code measureNanos} later.
	 */
	static ServerCpu watch(long pid, long warmupNanos, long measureNanos) {
		long start = System.nanoTime() + warmupNanos;
		return new ServerCpu(pid, start, start + measureNanos);
	}

	/**
	 * Adds {@code cpu_us} (user and system) and {@code user_us} (user only), microseconds
	 * of server CPU per message, once the window has ended; {@code n/a} when nothing was
	 * measured.
	 */
	void addTo(LoadResult result, long messages) throws InterruptedException {
		this.sampler.join(TimeUnit.SECONDS.toMillis(30));
		Ticks ticks = this.measured;
		boolean none = ticks.user() < 0 || messages == 0;
		result.put("cpu_us", none ? "n/a" : microsPer(ticks.user() + ticks.system(), messages));
		result.put("user_us", none ? "n/a" : microsPer(ticks.user(), messages));
	}

	/**
	 * Microseconds per message to the nanosecond: at a few million messages a second a
	 * message costs about 0.2 us, where a hundredth would be a 5% step.
	 */
	static String microsPer(long ticks, long messages) {
		return String.format(Locale.ROOT, "%.3f", (double) ticks * TICK_MICROS / messages);
	}

	private static Ticks ticksAt(long pid, long nanos) {
		long wait;
		while ((wait = nanos - System.nanoTime()) > 0) {
			LockSupport.parkNanos(wait);
		}
		try {
			return Ticks.parse(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A process's user and system CPU time, in clock ticks.
	 */
	record Ticks(long user, long system) {

		/**
		 * Reads utime and stime from a {@code /proc/<pid>/stat} line.
		 */
		static Ticks parse(String stat) {
			// The command name in parentheses may hold spaces: count fields after it.
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
			return new Ticks(Long.parseLong(fields[11]), Long.parseLong(fields[12]));
		}

	}

}
