package io.sockwork.core;

import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Host names that do not resolve (Bun's {@code ENOTFOUND}): {@code connectError} gets an
 * {@link UnknownHostException} naming the host, the future fails with it, and neither
 * {@code open} nor {@code close} runs. Names under {@code .invalid} (RFC 6761) fail
 * without any lookup, so the test sends nothing off the machine.
 */
class HostResolutionTests {

	private final SocketEngine engine = new SocketEngine(EngineOptions.defaults().withThreads(1));

	@AfterEach
	void closeEngine() {
		this.engine.close();
	}

	@Test
	void aNameThatDoesNotResolveFailsTheConnectWithUnknownHostException() {
		List<String> events = new CopyOnWriteArrayList<>();
		List<Throwable> connectErrors = new CopyOnWriteArrayList<>();
		CompletableFuture<TcpSocket<Void>> connecting = this.engine
			.connect(TcpConnectOptions.to("no-such-host.sockwork.invalid", 7), new TcpHandler<Void>() {
				@Override
				public void open(TcpSocket<Void> socket) {
					events.add("open");
				}

				@Override
				public void close(TcpSocket<Void> socket, Throwable error) {
					events.add("close");
				}

				@Override
				public void connectError(TcpSocket<Void> socket, Throwable error) {
					connectErrors.add(error);
				}
			});
		assertThatThrownBy(() -> connecting.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
			.cause()
			.isInstanceOf(UnknownHostException.class)
			.hasMessageContaining("no-such-host.sockwork.invalid");
		assertThat(connectErrors).hasSize(1);
		assertThat(connectErrors.get(0)).isInstanceOf(UnknownHostException.class).hasMessageContaining("RFC 6761");
		assertThat(events).isEmpty();
	}

}
