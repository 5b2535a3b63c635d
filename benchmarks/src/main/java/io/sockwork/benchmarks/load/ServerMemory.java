package io.sockwork.benchmarks.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the memory of a server process: its resident set from {@code /proc/<pid>/status},
 * and for a JVM its heap in use after a full GC ({@code jcmd <pid> GC.run}, then the used
 * columns of {@code jstat -gc <pid>}).
 *
 * @param pid the server's process id
 */
record ServerMemory(long pid) {

	/** Whether the process is a JVM, so that {@link #heapAfterGc()} can be read. */
	boolean isJvm() throws IOException {
		String cmdline = Files.readString(Path.of("/proc", Long.toString(this.pid), "cmdline"),
				StandardCharsets.ISO_8859_1);
		return cmdline.contains("java");
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
	 * The heap in use after a full GC, in bytes: survivor, eden and old-generation used
	 * columns of jstat.
	 */
	long heapAfterGc() throws IOException, InterruptedException {
		command("jcmd", Long.toString(this.pid), "GC.run");
		List<String> lines = command("jstat", "-gc", Long.toString(this.pid));
		String[] names = lines.get(0).trim().split("\\s+");
		String[] values = lines.get(1).trim().split("\\s+");
		double usedKb = 0;
		for (int i = 0; i < names.length; i++) {
			if (List.of("S0U", "S1U", "EU", "OU").contains(names[i])) {
				usedKb += Double.parseDouble(values[i]);
			}
		}
		return Math.round(usedKb * 1024);
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

}
