package io.sockwork.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Elements that keep their own index join and leave a {@link SlotArray} in any order, and
 * the array and the indexes stay in step.
 */
class SlotArrayTests {

	private final SlotArray<Element> array = new SlotArray<>(Element::slot, Element::slot);

	@Test
	void elementsLeaveInAnyOrderAndTheRestKeepTheirIndexes() {
		List<Element> elements = addNew(100);
		Collections.shuffle(elements, new Random(3));
		List<Element> left = new ArrayList<>(elements);
		for (Element element : elements.subList(0, 60)) {
			this.array.remove(element);
			left.remove(element);
			assertThat(element.slot).isEqualTo(-1);
			assertInStep(left);
		}
		assertThat(this.array.copy()).containsExactlyInAnyOrderElementsOf(left);
	}

	@Test
	void theArrayShrinksBackAfterASpike() {
		List<Element> spike = addNew(10_000);
		assertThat(this.array.capacity()).isGreaterThanOrEqualTo(10_000);
		Element kept = spike.remove(0);
		spike.forEach(this.array::remove);
		assertThat(this.array.capacity()).isEqualTo(16);
		assertThat(this.array.copy()).containsExactly(kept);
		assertThat(kept.slot).isZero();
	}

	@Test
	void addingTwiceOrRemovingAnAbsentElementChangesNothing() {
		Element in = new Element();
		this.array.add(in);
		this.array.add(in);
		this.array.remove(new Element());
		assertThat(this.array.size()).isOne();
		assertThat(in.slot).isZero();
	}

	private List<Element> addNew(int count) {
		List<Element> added = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Element element = new Element();
			added.add(element);
			this.array.add(element);
		}
		return added;
	}

	private void assertInStep(List<Element> expected) {
		assertThat(this.array.size()).isEqualTo(expected.size());
		for (int i = 0; i < this.array.size(); i++) {
			assertThat(this.array.get(i).slot).isEqualTo(i);
		}
	}

	private static final class Element {

		private int slot = -1;

		int slot() {
			return this.slot;
		}

		void slot(int slot) {
			this.slot = slot;
		}

	}

}
