package io.sockwork.core;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The framework's slot of one socket or UDP channel, made on first use.
 */
final class Attachment {

	private volatile @Nullable Object value;

	@SuppressWarnings("unchecked")
	<A> A get(Supplier<A> ifAbsent) {
		Object current = this.value;
		if (current == null) {
			synchronized (this) {
				current = this.value;
				if (current == null) {
					current = ifAbsent.get();
					this.value = current;
				}
			}
		}
		return (A) current;
	}

}
