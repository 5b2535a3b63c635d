package io.sockwork.core;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.ObjIntConsumer;
import java.util.function.ToIntFunction;

import org.jspecify.annotations.Nullable;

/**
 * An unordered array of elements that each keep their own index: adding appends, and
 * removing moves the last element into the freed slot, so neither searches. An element
 * costs its set one array slot and an {@code int} field of its own, where a hash set
 * costs a 32-byte node. The array halves when a quarter of it is used, so that a spike of
 * connections does not hold its memory for good. Not thread-safe.
 */
final class SlotArray<E> {

	private final ToIntFunction<E> slotOf;

	private final ObjIntConsumer<E> keepSlot;

	private static final int MIN_CAPACITY = 16;

	private @Nullable Object[] elements = new Object[MIN_CAPACITY];

	private int size;

	/**
	 * Creates an empty array.
	 * @param slotOf reads an element's index, -1 when it is in no array
	 * @param keepSlot stores an element's index, -1 when it leaves
	 */
	SlotArray(ToIntFunction<E> slotOf, ObjIntConsumer<E> keepSlot) {
		this.slotOf = slotOf;
		this.keepSlot = keepSlot;
	}

	/**
	 * Adds {@code element} unless it is in already.
	 */
	void add(E element) {
		if (this.slotOf.applyAsInt(element) >= 0) {
			return;
		}
		if (this.size == this.elements.length) {
			this.elements = Arrays.copyOf(this.elements, this.size * 2);
		}
		this.elements[this.size] = element;
		this.keepSlot.accept(element, this.size++);
	}

	/**
	 * Removes {@code element}; nothing happens when it is not in.
	 */
	void remove(E element) {
		int slot = this.slotOf.applyAsInt(element);
		if (slot < 0) {
			return;
		}
		E last = get(--this.size);
		this.elements[slot] = last;
		this.keepSlot.accept(last, slot);
		this.elements[this.size] = null;
		this.keepSlot.accept(element, -1);
		if (this.elements.length > MIN_CAPACITY && this.size <= this.elements.length / 4) {
			this.elements = Arrays.copyOf(this.elements, this.elements.length / 2);
		}
	}

	/**
	 * The element at {@code index}, below {@link #size()}.
	 */
	@SuppressWarnings("unchecked")
	E get(int index) {
		return (E) Objects.requireNonNull(this.elements[index]);
	}

	int size() {
		return this.size;
	}

	/**
	 * How many elements fit before the array grows, for tests.
	 */
	int capacity() {
		return this.elements.length;
	}

	/**
	 * The elements now, in no particular order.
	 */
	@SuppressWarnings("unchecked")
	List<E> copy() {
		return (List<E>) List.of(Arrays.copyOf(this.elements, this.size));
	}

}
