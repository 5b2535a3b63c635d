package io.sockwork.core;

/**
 * Options of a {@link SocketEngine}.
 *
 * @param threads the number of event-loop threads, 0 for the {@link #defaultThreads()
 * default}
 * @param transport the I/O transport
 */
public record EngineOptions(int threads, Transport transport) {

	/**
	 * Validates the options.
	 */
	public EngineOptions {
		if (threads < 0) {
			throw new IllegalArgumentException("'threads' must not be negative, was " + threads);
		}
		if (transport == null) {
			throw new IllegalArgumentException("'transport' must not be null");
		}
	}

	/**
	 * The event-loop threads of an engine started with 0 threads: one per two cores, at
	 * least one. Measured on echo workloads (see the README's table): every event loop
	 * beyond that competes with the application's own threads and the kernel's network
	 * work for the same cores, which costs throughput and triples the tail latency of
	 * Netty's default (two per core).
	 * @return the default thread count
	 */
	public static int defaultThreads() {
		return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
	}

	/**
	 * The defaults: {@link #defaultThreads()} and the best available transport.
	 * @return the default options
	 */
	public static EngineOptions defaults() {
		return new EngineOptions(0, Transport.AUTO);
	}

	/**
	 * Returns a copy with the given number of event-loop threads.
	 * @param threads the number of threads, 0 for the default
	 * @return the new options
	 */
	public EngineOptions withThreads(int threads) {
		return new EngineOptions(threads, this.transport);
	}

	/**
	 * Returns a copy with the given transport.
	 * @param transport the transport
	 * @return the new options
	 */
	public EngineOptions withTransport(Transport transport) {
		return new EngineOptions(this.threads, transport);
	}

}
