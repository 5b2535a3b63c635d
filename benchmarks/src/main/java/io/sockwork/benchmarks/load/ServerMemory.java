package io.sockwork.benchmarks.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the memory of a server process: its resident set from {@code /proc/<pid>/status},
 * and for a JVM its live heap ({@code jcmd <pid> GC.class_histogram}).
 *
 * @param pid the server's process id
 */
record ServerMemory(long pid) {

	static final int SETTLE_READINGS = 25;

	static final long SETTLED_BYTES = 64 * 1024;

	private static final long SETTLE_INTERVAL_MILLIS = 200;

	/** Whether the process is a JVM, so that {@link #heapAfterGc()} can be read. */
	boolean isJvm() throws IOException {
		String cmdline = Files.readString(Path.of("/proc", Long.toString(this.pid), "cmdline"),
				StandardCharsets.ISO_8859_1);
		return cmdline.contains("java");
	}

	/**
	 * The resident set size in bytes once it stops moving: after a GC a JVM gives back
	 * the heap it shrank over the next few hundred milliseconds (G1 uncommits
	 * concurrently; 12 MB of the sample app after a load), which read at once would make
	 * an after-minus-before difference negative.
	 */
	long settledRss() throws IOException, InterruptedException {
		return settled(this::rss, SETTLE_INTERVAL_MILLIS);
	}

	/**
	 * The first of {@code readings} within {@value #SETTLED_BYTES} bytes of the one
	 * before it, {@code intervalMillis} apart; the last of {@value #SETTLE_READINGS} if
	 * none is.
	 */
	static long settled(Reading readings, long intervalMillis) throws IOException, InterruptedException {
		long previous = readings.read();
		for (int i = 1; i < SETTLE_READINGS; i++) {
			Thread.sleep(intervalMillis);
			long current = readings.read();
			if (Math.abs(current - previous) < SETTLED_BYTES) {
				return current;
			}
			previous = current;
		}
		return previous;
	}

	/** The resident set size in bytes. */
	long rss() throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc", Long.toString(this.pid), "status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
			}
		}
		throw new IOException("No VmRSS in /proc/" + this.pid + "/status");
	}

	/**
	 * The bytes of the live objects on the heap: the total of {@code jcmd <pid>
	 * GC.class_histogram}, which counts after a full GC. Exact to the byte, unlike the
	 * used columns of {@code jstat}, which move with TLABs and G1's regions. Taken twice,
	 * and the second counts: what the first GC's reference processing releases (cleaners,
	 * phantom references; 1.6 MB of a just-started Spring Boot app) goes with the second.
	 */
	long heapAfterGc() throws IOException, InterruptedException {
		command("jcmd", Long.toString(this.pid), "GC.class_histogram");
		List<String> lines = command("jcmd", Long.toString(this.pid), "GC.class_histogram");
		for (String line : lines) {
			String[] columns = line.trim().split("\\s+");
			if (columns.length == 3 && columns[0].equals("Total")) {
				return Long.parseLong(columns[2]);
			}
		}
		throw new IOException("No total in the class histogram of " + this.pid + ": " + lines);
	}

	private static List<String> command(String tool, String... args) throws IOException, InterruptedException {
		Path bin = Path.of(System.getProperty("java.home"), "bin", tool);
		String[] command = new String[args.length + 1];
		command[0] = Files.isExecutable(bin) ? bin.toString() : tool;
		System.arraycopy(args, 0, command, 1, args.length);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IOException(String.join(" ", command) + " failed: " + output);
		}
		return output.lines().filter((line) -> !line.isBlank()).toList();
	}

	/**
	 * One reading of a size in bytes.
	 */
	@FunctionalInterface
	interface Reading {

		long read() throws IOException;

	}

}
