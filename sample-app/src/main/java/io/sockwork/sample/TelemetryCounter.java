package io.sockwork.sample;

import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Counts the telemetry datagrams received, and logs every {@value #LOG_EVERY}th.
 */
@Component
class TelemetryCounter {

	static final long LOG_EVERY = 1000;

	private static final Logger logger = LoggerFactory.getLogger(TelemetryCounter.class);

	private final AtomicLong received = new AtomicLong();

	void received(int size) {
		long count = this.received.incrementAndGet();
		if (count % LOG_EVERY == 0) {
			logger.info("{} telemetry datagrams received", count);
		}
		else {
			logger.debug("Telemetry datagram {} received, {} bytes", count, size);
		}
	}

	/**
	 * The number of datagrams received so far.
	 */
	long count() {
		return this.received.get();
	}

}
