package io.sockwork.core;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import io.netty.channel.EventLoop;
import org.jspecify.annotations.Nullable;

/**
 * Runs an action once a socket has seen no activity for a given time. Touched only on the
 * socket's event loop; activity is read from a timestamp rather than re-arming the timer
 * on every read or write.
 */
final class ActivityTimer {

	private final EventLoop eventLoop;

	private final LongSupplier lastActivityNanos;

	private final Runnable onExpiry;

	private long timeoutNanos;

	private @Nullable ScheduledFuture<?> task;

	ActivityTimer(EventLoop eventLoop, LongSupplier lastActivityNanos, Runnable onExpiry) {
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
		long idle = System.nanoTime() - this.lastActivityNanos.getAsLong();
		if (idle < this.timeoutNanos) {
			schedule(this.timeoutNanos - idle);
			return;
		}
		this.task = null;
		this.onExpiry.run();
	}

}
