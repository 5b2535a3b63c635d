package io.sockwork.core;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs failures that a remote peer can cause (a failed TLS handshake, a frame over its
 * limit, a bad header) so that no peer can flood the log: one line each, at most
 * {@value #LINES_PER_WINDOW} lines every {@value #WINDOW_SECONDS} seconds for the whole
 * process (the next line says how many were left out), and the stack trace only at DEBUG.
 */
final class PeerFailureLog {

	static final int LINES_PER_WINDOW = 10;

	static final int WINDOW_SECONDS = 10;

	private static final int MAX_DETAIL_LENGTH = 200;

	private static final Logger logger = LoggerFactory.getLogger(PeerFailureLog.class);

	private static final AtomicLong windowStart = new AtomicLong(System.nanoTime());

	private static final AtomicLong linesInWindow = new AtomicLong();

	private static final AtomicLong suppressed = new AtomicLong();

	private PeerFailureLog() {
	}

	/**
	 * Logs one line, unless the rate limit has been reached.
	 * @param what what failed, such as "TLS handshake failed"
	 * @param socket the socket it failed on
	 * @param error why
	 */
	static void log(String what, Object socket, Throwable error) {
		if (!logger.isInfoEnabled() || !admit()) {
			return;
		}
		long left = suppressed.getAndSet(0);
		String note = (left > 0) ? " (" + left + " similar lines left out)" : "";
		if (logger.isDebugEnabled()) {
			logger.debug("{} on {}: {}{}", what, socket, detail(error), note, error);
		}
		else {
			logger.info("{} on {}: {}{}", what, socket, detail(error), note);
		}
	}

	private static boolean admit() {
		long now = System.nanoTime();
		long start = windowStart.get();
		if (now - start >= TimeUnit.SECONDS.toNanos(WINDOW_SECONDS) && windowStart.compareAndSet(start, now)) {
			linesInWindow.set(0);
		}
		if (linesInWindow.incrementAndGet() <= LINES_PER_WINDOW) {
			return true;
		}
		suppressed.incrementAndGet();
		return false;
	}

	private static String detail(Throwable error) {
		String text = String.valueOf(error);
		return (text.length() > MAX_DETAIL_LENGTH) ? text.substring(0, MAX_DETAIL_LENGTH) + "..." : text;
	}

}
