package io.sockwork.benchmarks.load;

import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The load generator's command line; runs in its own JVM, apart from the server it
 * measures, and prints one {@code RESULT key=value ...} line. Modes:
 * <ul>
 * <li>{@code --mode=tcp --port=N --connections=64 --depth=16 --size=64 --seconds=10 --warmup=5 --threads=1}</li>
 * <li>{@code --mode=udp --port=N --connections=16 --depth=4 --size=64 --seconds=10 --warmup=5 --timeout-ms=200}</li>
 * <li>{@code --mode=idle --port=N --connections=10000 --pid=P}</li>
 * <li>{@code --mode=tls --port=N --connections=16 --depth=4 --size=1024}: TLS 1.3
 * echo</li>
 * <li>{@code --mode=tls-handshake --port=N --connections=8}: full TLS 1.3 handshakes</li>
 * </ul>
 * With {@code --pid=P} the tcp and udp modes add {@code cpu_us}: the server's CPU time
 * per message over the measured window, and {@code user_us}, the part of it spent outside
 * the kernel. Every {@code --tag.name=value} argument is copied into the result line as
 * {@code name=value}, so that the script can tag results with the server and workload.
 */
public final class LoadGenerator {

	private LoadGenerator() {
	}

	/**
	 * Runs one measurement.
	 * @param args {@code --name=value} options, see the class description
	 * @throws Exception if the run fails
	 */
	public static void main(String[] args) throws Exception {
		Map<String, String> options = new HashMap<>();
		Map<String, String> tags = new java.util.LinkedHashMap<>();
		for (String arg : args) {
			int equals = arg.indexOf('=');
			if (!arg.startsWith("--") || equals < 0) {
				throw new IllegalArgumentException("Expected --name=value, got " + arg);
			}
			String name = arg.substring(2, equals);
			String value = arg.substring(equals + 1);
			if (name.startsWith("tag.")) {
				tags.put(name.substring(4), value);
			}
			else {
				options.put(name, value);
			}
		}
		InetSocketAddress target = new InetSocketAddress(options.getOrDefault("host", "127.0.0.1"),
				Integer.parseInt(required(options, "port")));
		String mode = options.getOrDefault("mode", "tcp");
		int connections = intOption(options, "connections", mode.equals("idle") ? 10_000 : 64);
		int depth = intOption(options, "depth", 1);
		int size = intOption(options, "size", 64);
		long warmup = TimeUnit.MILLISECONDS
			.toNanos(Math.round(1000 * Double.parseDouble(options.getOrDefault("warmup", "5"))));
		long seconds = TimeUnit.MILLISECONDS
			.toNanos(Math.round(1000 * Double.parseDouble(options.getOrDefault("seconds", "10"))));
		String pid = options.get("pid");
		ServerCpu cpu = (pid != null && !mode.equals("idle")) ? ServerCpu.watch(Long.parseLong(pid), warmup, seconds)
				: null;
		LoadResult result = switch (mode) {
			case "tcp" -> TcpLoad.run(new TcpLoad.Options(target, connections, depth, size, warmup, seconds,
					intOption(options, "threads", 1), 0));
			case "udp" -> UdpLoad.run(new UdpLoad.Options(target, connections, depth, size, warmup, seconds,
					TimeUnit.MILLISECONDS.toNanos(intOption(options, "timeout-ms", 200))));
			case "tls", "tls-handshake" -> TlsLoad.run(new TlsLoad.Options(target, connections, depth, size, warmup,
					seconds, mode.equals("tls-handshake")));
			case "idle" -> IdleLoad.run(target, connections, Long.parseLong(required(options, "pid")),
					intOption(options, "settle-ms", 1000));
			default ->
				throw new IllegalArgumentException("Unknown --mode=" + mode + ": tcp, udp, tls, tls-handshake or idle");
		};
		if (cpu != null) {
			cpu.addTo(result, Long.parseLong(String.valueOf(result.get("count"))));
		}
		LoadResult line = new LoadResult();
		tags.forEach(line::put);
		line.put("mode", mode);
		System.out.println(line + " " + result.toString().substring("RESULT ".length()));
	}

	private static String required(Map<String, String> options, String name) {
		String value = options.get(name);
		if (value == null) {
			throw new IllegalArgumentException("--" + name + "=... is required");
		}
		return value;
	}

	private static int intOption(Map<String, String> options, String name, int defaultValue) {
		String value = options.get(name);
		return (value != null) ? Integer.parseInt(value) : defaultValue;
	}

}
