package io.sockwork.core;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Logs failures that a remote peer can cause (a failed TLS handshake, a frame over its
 * limit, a bad header) so that no peer can flood the log: one line each, without a stack
 * trace unless DEBUG is on, at most {@value #LINES_PER_WINDOW} lines every
 * {@value #WINDOW_SECONDS} seconds for the whole process (the next line says how many
 * were left out). Handlers that log such failures themselves can use it too.
 */
public final class PeerFailureLog {

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
	 * Logs one INFO line, unless the rate limit has been reached: for failures that are
	 * the peer's business more than the operator's, such as a failed TLS handshake.
	 * @param what what failed, such as "TLS handshake failed"
	 * @param where the socket or listener it failed on, and the peer
	 * @param error why
	 */
	public static void info(String what, Object where, Throwable error) {
		log(Level.INFO, what, where, error);
	}

	/**
	 * Logs one WARN line, unless the rate limit has been reached: for input the peer got
	 * wrong that the operator may have to look at, such as a frame over its limit. The
	 * line names the listener or client, the peer's address and the error's message
	 * (which, for a frame over its limit, names the limit).
	 * @param what what failed, such as "Bad input"
	 * @param owner the listener or client of the socket, such as {@code listener 'kv'}
	 * @param socket the socket, whose peer is named
	 * @param error why
	 */
	public static void warn(String what, String owner, TcpSocket<?> socket, Throwable error) {
		log(Level.WARN, what, owner + " from " + Addresses.format(socket.remoteAddress()), error);
	}

	private static void log(Level level, String what, Object where, Throwable error) {
		if (!logger.isEnabledForLevel(level) || !admit()) {
			return;
		}
		long left = suppressed.getAndSet(0);
		String note = (left > 0) ? " (" + left + " similar lines left out)" : "";
		LoggingEventBuilder line = logger.atLevel(level);
		if (logger.isDebugEnabled()) {
			line = line.setCause(error);
		}
		line.log("{} on {}: {}{}", what, where, detail(error), note);
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
