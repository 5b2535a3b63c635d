package io.sockwork.core;

import java.util.function.LongSupplier;

import io.netty.channel.EventLoop;
import org.jspecify.annotations.Nullable;

/**
 * The two timers of a TCP socket: Bun's {@code timeout}, which fires once and leaves the
 * socket open, and the listener's idle timeout, which fires and closes. Each is created
 * on first use: most sockets never arm one. Touched on the event loop only.
 */
final class SocketTimers {

	private final EventLoop eventLoop;

	private final LongSupplier lastActivityNanos;

	private final Runnable onTimeout;

	private final Runnable onIdle;

	private @Nullable ActivityTimer timeout;

	private @Nullable ActivityTimer idle;

	SocketTimers(EventLoop eventLoop, LongSupplier lastActivityNanos, Runnable onTimeout, Runnable onIdle) {
		this.eventLoop = eventLoop;
		this.lastActivityNanos = lastActivityNanos;
		this.onTimeout = onTimeout;
		this.onIdle = onIdle;
	}

	/**
	 * Arms the timeout, replacing an earlier one; zero turns it off.
	 */
	void timeout(long nanos) {
		if (this.timeout == null) {
			this.timeout = new ActivityTimer(this.eventLoop, this.lastActivityNanos, this.onTimeout);
		}
		this.timeout.arm(nanos);
	}

	/**
	 * Arms the idle timeout, replacing an earlier one; zero turns it off.
	 */
	void idle(long nanos) {
		if (this.idle == null) {
			this.idle = new ActivityTimer(this.eventLoop, this.lastActivityNanos, this.onIdle);
		}
		this.idle.arm(nanos);
	}

	/**
	 * Turns the idle timeout off, creating no timer that was never armed.
	 */
	void cancelIdle() {
		if (this.idle != null) {
			this.idle.cancel();
		}
	}

	/**
	 * Turns both timers off.
	 */
	void cancel() {
		if (this.timeout != null) {
			this.timeout.cancel();
		}
		cancelIdle();
	}

}
