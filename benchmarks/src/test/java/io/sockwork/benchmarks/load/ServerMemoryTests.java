package io.sockwork.benchmarks.load;

import java.util.Iterator;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident set is read once it stops moving, as after a GC that shrank a JVM's heap,
 * and a reading that never settles still ends.
 */
class ServerMemoryTests {

	@Test
	void aResidentSetIsReadOnceItStopsMoving() throws Exception {
		// Read right after the GC, then while G1 gives back 12 MB, then steady.
		Iterator<Long> readings = List.of(260_760_000L, 248_028_000L, 248_030_000L, 240_000_000L).iterator();
		assertThat(ServerMemory.settled(readings::next, 1)).isEqualTo(248_030_000L);
		assertThat(readings.next()).isEqualTo(240_000_000L);
	}

	@Test
	void aResidentSetThatKeepsMovingIsReadAfterTheLastReading() throws Exception {
		Iterator<Long> readings = LongStream.iterate(0, (rss) -> rss + ServerMemory.SETTLED_BYTES)
			.limit(ServerMemory.SETTLE_READINGS)
			.iterator();
		assertThat(ServerMemory.settled(readings::next, 1))
			.isEqualTo((ServerMemory.SETTLE_READINGS - 1) * ServerMemory.SETTLED_BYTES);
		assertThat(readings.hasNext()).isFalse();
	}

	@Test
	void thisProcessHasAResidentSet() throws Exception {
		ServerMemory memory = new ServerMemory(ProcessHandle.current().pid());
		assertThat(memory.isJvm()).isTrue();
		assertThat(memory.settledRss()).isGreaterThan(1024 * 1024);
	}

}
