package io.sockwork.core;

import io.netty.channel.epoll.Epoll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Without Netty's native libraries (core's own classpath has only their classes), the
 * engine runs on NIO. The benchmarks module's {@code NativeTransportTests} covers the
 * other side, with the epoll library present.
 */
class TransportTests {

	@Test
	void autoFallsBackToNioWithoutANativeLibrary() {
		assumeFalse(Epoll.isAvailable(), "a native epoll library is on this classpath");
		try (SocketEngine engine = new SocketEngine()) {
			assertThat(engine.transport()).isEqualTo(Transport.NIO);
		}
	}

	@Test
	void askingForEpollWithoutItsNativeLibraryFailsWithTheReason() {
		assumeFalse(Epoll.isAvailable(), "a native epoll library is on this classpath");
		assertThatIllegalStateException()
			.isThrownBy(() -> new SocketEngine(EngineOptions.defaults().withTransport(Transport.EPOLL)))
			.withMessageContaining("Transport EPOLL is not available")
			.withMessageContaining("Use transport AUTO or NIO");
	}

}
