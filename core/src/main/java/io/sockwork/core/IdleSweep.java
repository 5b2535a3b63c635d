package io.sockwork.core;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.FastThreadLocal;
import io.netty.util.concurrent.ScheduledFuture;
import org.jspecify.annotations.Nullable;

/**
 * The idle timeouts of one event loop's sockets, checked by one periodic task that walks
 * them, as uSockets (under Bun) sweeps its sockets' timeouts, instead of a scheduled task
 * per socket. An idle connection then carries a slot and a timeout rather than a timer,
 * its task and their lambdas (about 200 bytes), and traffic never touches a timer.
 * <p>
 * Traffic reads no clock: it marks its socket active, and the check records its own time
 * as the socket's last activity when it finds the mark, up to one period after the
 * traffic. The check runs every eighth of the shortest timeout watched, between
 * {@link #MIN_PERIOD} and {@link #MAX_PERIOD}: a socket idles out between its timeout and
 * its timeout plus two periods (a quarter of it). Used on its event loop only.
 */
final class IdleSweep {

	/** The shortest period: a timeout under 80 ms is checked this often. */
	static final Duration MIN_PERIOD = Duration.ofMillis(10);

	/** The longest period: a timeout over 8 s is checked once a second. */
	static final Duration MAX_PERIOD = Duration.ofSeconds(1);

	private static final FastThreadLocal<IdleSweep> CURRENT = new FastThreadLocal<>();

	private final EventLoop eventLoop;

	private final SlotArray<Member> members = new SlotArray<>(Member::idleSlot, Member::idleSlot);

	private long periodNanos = Long.MAX_VALUE;

	private @Nullable ScheduledFuture<?> task;

	private IdleSweep(EventLoop eventLoop) {
		this.eventLoop = eventLoop;
	}

	/**
	 * The sweep of the calling thread, which must be {@code eventLoop}.
	 */
	static IdleSweep of(EventLoop eventLoop) {
		if (!eventLoop.inEventLoop()) {
			throw new IllegalStateException("The idle sweep of " + eventLoop + " is used on its thread only");
		}
		IdleSweep sweep = CURRENT.getIfExists();
		if (sweep == null) {
			sweep = new IdleSweep(eventLoop);
			CURRENT.set(sweep);
		}
		return sweep;
	}

	/**
	 * Watches {@code member}, or updates it after its timeout changed.
	 */
	void watch(Member member) {
		this.members.add(member);
		long period = Math.min(Math.max(member.idleTimeoutNanos() / 8, MIN_PERIOD.toNanos()), MAX_PERIOD.toNanos());
		if (period < this.periodNanos) {
			schedule(period);
		}
	}

	/**
	 * Stops watching {@code member}; nothing happens when it was not watched.
	 */
	void forget(Member member) {
		this.members.remove(member);
		if (this.members.size() == 0) {
			schedule(Long.MAX_VALUE);
		}
	}

	/**
	 * How many sockets are watched, for tests.
	 */
	int size() {
		return this.members.size();
	}

	private void schedule(long periodNanos) {
		if (this.task != null) {
			this.task.cancel(false);
			this.task = null;
		}
		this.periodNanos = periodNanos;
		if (periodNanos != Long.MAX_VALUE) {
			this.task = this.eventLoop.scheduleAtFixedRate(this::sweep, periodNanos, periodNanos, TimeUnit.NANOSECONDS);
		}
	}

	private void sweep() {
		long now = System.nanoTime();
		// Backwards: a member that idles out is forgotten, and the one moved into its
		// slot has been checked already.
		for (int i = this.members.size() - 1; i >= 0; i--) {
			if (i >= this.members.size()) {
				continue; // an expired member's handler closed others
			}
			Member member = this.members.get(i);
			long timeout = member.idleTimeoutNanos();
			if (timeout > 0 && now - member.lastActivityNanos(now) >= timeout) {
				forget(member);
				member.idledOut();
			}
		}
	}

	/**
	 * A socket with an idle timeout: it keeps its own slot, so that forgetting it takes
	 * no search.
	 */
	interface Member {

		/** Its index among the sweep's members, -1 when not watched. */
		int idleSlot();

		/** Keeps its index among the sweep's members. */
		void idleSlot(int slot);

		/**
		 * Its idle timeout: positive, or 0 between its server turning idle timeouts off
		 * and the sweep forgetting it.
		 */
		long idleTimeoutNanos();

		/**
		 * When it last read or wrote, from {@link System#nanoTime()}; {@code now}, and
		 * kept as such, when it has been active since it was last asked.
		 */
		long lastActivityNanos(long now);

		/** It was idle for its timeout; it is no longer watched. */
		void idledOut();

	}

}
