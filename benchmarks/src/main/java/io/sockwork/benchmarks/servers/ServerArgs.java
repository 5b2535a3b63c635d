package io.sockwork.benchmarks.servers;

/**
 * The command line shared by the benchmark's Java servers:
 * {@code --tcp-port=N --udp-port=N --threads=N --transport=nio|epoll|io_uring}. A port of
 * -1 means "do not open"; 0 threads means the transport's default.
 *
 * @param tcpPort the TCP echo port, or -1
 * @param udpPort the UDP echo port, or -1
 * @param threads the number of event-loop threads, 0 for the default
 * @param transport the I/O transport, {@code nio} unless given
 */
public record ServerArgs(int tcpPort, int udpPort, int threads, String transport) {

	/**
	 * Arguments on NIO.
	 * @param tcpPort the TCP echo port, or -1
	 * @param udpPort the UDP echo port, or -1
	 * @param threads the number of event-loop threads, 0 for the default
	 */
	public ServerArgs(int tcpPort, int udpPort, int threads) {
		this(tcpPort, udpPort, threads, "nio");
	}

	/**
	 * Parses {@code --name=value} arguments; unknown ones are ignored so that Spring Boot
	 * can read its own.
	 * @param args the command line
	 * @return the parsed arguments
	 */
	public static ServerArgs parse(String... args) {
		int tcp = -1;
		int udp = -1;
		int threads = 0;
		String transport = "nio";
		for (String arg : args) {
			if (arg.startsWith("--tcp-port=")) {
				tcp = Integer.parseInt(arg.substring("--tcp-port=".length()));
			}
			else if (arg.startsWith("--udp-port=")) {
				udp = Integer.parseInt(arg.substring("--udp-port=".length()));
			}
			else if (arg.startsWith("--threads=")) {
				threads = Integer.parseInt(arg.substring("--threads=".length()));
			}
			else if (arg.startsWith("--transport=")) {
				transport = arg.substring("--transport=".length());
			}
		}
		return new ServerArgs(tcp, udp, threads, transport);
	}

}
