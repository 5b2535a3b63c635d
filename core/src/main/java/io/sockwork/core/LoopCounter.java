package io.sockwork.core;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A count kept by one event loop with plain stores, so that counting on the loop costs no
 * atomic instruction (a {@code LongAdder} costs a locked compare-and-set per add); any
 * other thread adds to it atomically. A reader on any thread sees each add soon after it
 * is made, and never sees the count go back. A TCP socket keeps the same pair for its
 * bytes written in its own fields, so that an idle connection pays for no extra object.
 */
final class LoopCounter {

	private static final VarHandle ON_LOOP;

	private static final VarHandle OFF_LOOP;

	static {
		try {
			MethodHandles.Lookup lookup = MethodHandles.lookup();
			ON_LOOP = lookup.findVarHandle(LoopCounter.class, "onLoop", long.class);
			OFF_LOOP = lookup.findVarHandle(LoopCounter.class, "offLoop", long.class);
		}
		catch (ReflectiveOperationException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	// Written by the owning event loop only (opaque).
	private long onLoop;

	// Written by any other thread (atomically).
	private long offLoop;

	/**
	 * Adds to the count.
	 * @param amount what to add
	 * @param onLoop whether the caller is the event loop that owns this count
	 */
	void add(long amount, boolean onLoop) {
		if (onLoop) {
			ON_LOOP.setOpaque(this, this.onLoop + amount);
		}
		else {
			OFF_LOOP.getAndAdd(this, amount);
		}
	}

	/**
	 * The count so far.
	 * @return the sum of every add
	 */
	long sum() {
		return (long) ON_LOOP.getOpaque(this) + (long) OFF_LOOP.getVolatile(this);
	}

}
