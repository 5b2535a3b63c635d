package io.sockwork.core;

import java.util.function.Supplier;

import io.netty.channel.Channel;
import io.netty.util.Attribute;
import io.netty.util.AttributeKey;

/**
 * The framework's slot of one socket or UDP channel: a channel attribute, made on first
 * use, so that a socket that never uses it pays nothing for it.
 */
final class Attachment {

	private static final AttributeKey<Object> KEY = AttributeKey.valueOf(Attachment.class, "attachment");

	private Attachment() {
	}

	/**
	 * The value in {@code owner}'s slot, made by {@code ifAbsent} exactly once.
	 * @param owner the channel of the socket or UDP channel
	 * @param ifAbsent makes the value on first use
	 */
	@SuppressWarnings("unchecked")
	static <A> A get(Channel owner, Supplier<A> ifAbsent) {
		Attribute<Object> slot = owner.attr(KEY);
		Object current = slot.get();
		if (current == null) {
			synchronized (slot) {
				current = slot.get();
				if (current == null) {
					current = ifAbsent.get();
					slot.set(current);
				}
			}
		}
		return (A) current;
	}

}
