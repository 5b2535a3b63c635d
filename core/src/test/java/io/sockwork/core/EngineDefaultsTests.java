package io.sockwork.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An engine started without a thread count runs one event loop per two cores, at least
 * one, instead of Netty's two per core.
 */
class EngineDefaultsTests {

	@Test
	void defaultThreadsAreHalfTheCoresAndAtLeastOne() {
		int cores = Runtime.getRuntime().availableProcessors();
		assertThat(EngineOptions.defaultThreads()).isEqualTo(Math.max(1, cores / 2));
	}

	@Test
	void engineWithoutAThreadCountRunsTheDefaultThreads() {
		try (SocketEngine engine = new SocketEngine(EngineOptions.defaults().withTransport(Transport.NIO))) {
			assertThat(engine.threads()).isEqualTo(EngineOptions.defaultThreads());
		}
		try (SocketEngine engine = new SocketEngine(new EngineOptions(3, Transport.NIO))) {
			assertThat(engine.threads()).isEqualTo(3);
		}
	}

}
