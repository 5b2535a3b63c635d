package io.sockwork.core;

import java.lang.invoke.VarHandle;
import java.util.function.Supplier;

/**
 * The framework's slot of one socket or UDP channel: a volatile field of its owner, made
 * on first use under the owner's lock, so that a socket that never uses it pays a
 * reference rather than an object.
 */
final class Attachment {

	private Attachment() {
	}

	/**
	 * The value in {@code owner}'s slot, made by {@code ifAbsent} exactly once.
	 * @param owner the socket or channel
	 * @param slot its volatile {@code Object} field
	 * @param ifAbsent makes the value on first use
	 */
	@SuppressWarnings("unchecked")
	static <A> A get(Object owner, VarHandle slot, Supplier<A> ifAbsent) {
		Object current = slot.getAcquire(owner);
		if (current == null) {
			synchronized (owner) {
				current = slot.getAcquire(owner);
				if (current == null) {
					current = ifAbsent.get();
					slot.setRelease(owner, current);
				}
			}
		}
		return (A) current;
	}

}
