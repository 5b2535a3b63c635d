package io.sockwork.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The CPU time a server process spends in the measured window (user and system, every
 * thread, from {@code /proc/<pid>/stat}): divided by the messages counted, it is the CPU
 * cost per message, a figure that other load on the machine disturbs less than the rate.
 */
final class ServerCpu {

	// USER_HZ: the unit of utime and stime, 100 on Linux.
	private static final long TICK_MICROS = 10_000;

	private final Thread sampler;

	private volatile long ticks = -1;

	private ServerCpu(long pid, long startNanos, long endNanos) {
		this.sampler = new Thread(() -> {
			long before = ticksAt(pid, startNanos);
			long after = ticksAt(pid, endNanos);
			this.ticks = after - before;
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
	 * Microseconds of server CPU per message, once the window has ended.
	 */
	String microsPer(long messages) throws InterruptedException {
		this.sampler.join(TimeUnit.SECONDS.toMillis(30));
		long measured = this.ticks;
		if (measured < 0 || messages == 0) {
			return "n/a";
		}
		return String.format(java.util.Locale.ROOT, "%.2f", (double) measured * TICK_MICROS / messages);
	}

	private static long ticksAt(long pid, long nanos) {
		long wait;
		while ((wait = nanos - System.nanoTime()) > 0) {
			LockSupport.parkNanos(wait);
		}
		try {
			String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
			// The command name in parentheses may hold spaces: count fields after it.
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			// utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
