package io.sockwork.core;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongUnaryOperator;

import io.netty.channel.EventLoop;
import org.jspecify.annotations.Nullable;

/**
 * Runs an action once a socket has seen no activity for a given time. Touched only on the
 * socket's event loop; activity is read from a timestamp rather than re-arming the timer
 * on every read or write.
 */
final class ActivityTimer {

	private final EventLoop eventLoop;

	private final LongUnaryOperator lastActivityNanos;

	private final Runnable onExpiry;

	private long timeoutNanos;

	private @Nullable ScheduledFuture<?> task;

	ActivityTimer(EventLoop eventLoop, LongUnaryOperator lastActivityNanos, Runnable onExpiry) {
		this.eventLoop = eventLoop;
		this.lastActivityNanos = lastActivityNanos;
		this.onExpiry = onExpiry;
	}

	/**
	 * Arms the timer, replacing any earlier one; zero turns it off.
	 */
	void arm(long timeoutNanos) {
		cancel();
		this.timeoutNanos = timeoutNanos;
		if (timeoutNanos > 0) {
			schedule(timeoutNanos);
		}
	}

	/**
	 * Whether it is armed and has not fired, and so needs each activity's time rather
	 * than a mark that there was some. Read from other threads too: one that misses a
	 * moment-old arming marks its activity, which the check then counts from its own
	 * time.
	 */
	boolean armed() {
		return this.task != null;
	}

	void cancel() {
		ScheduledFuture<?> current = this.task;
		if (current != null) {
			current.cancel(false);
			this.task = null;
		}
	}

	private void schedule(long delayNanos) {
		this.task = this.eventLoop.schedule(this::check, delayNanos, TimeUnit.NANOSECONDS);
	}

	private void check() {
		long now = System.nanoTime();
		long idle = now - this.lastActivityNanos.applyAsLong(now);
		if (idle < this.timeoutNanos) {
			schedule(this.timeoutNanos - idle);
			return;
		}
		this.task = null;
		this.onExpiry.run();
	}

}
