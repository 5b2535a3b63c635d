package io.sockwork.boot.autoconfigure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.netty.util.internal.PlatformDependent;
import io.sockwork.boot.annotation.Dispatch;
import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.boot.metrics.SockworkMetricsAutoConfiguration;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.core.SocketStats;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A client floods a listener whose handler runs on the executor and is slower than the
 * network (it sleeps 1 ms per chunk): the socket stops reading past its dispatch queue's
 * high-water mark instead of queuing what arrives, so heap and direct memory stay flat
 * over 256 MiB, and every byte still reaches the handler, in order.
 */
class DispatchBackpressureTests {

	private static final long TOTAL = 256L * 1024 * 1024;

	private static final long WARM_UP = 8L * 1024 * 1024;

	private static final long MEMORY_BOUND = 16L * 1024 * 1024;

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SockworkAutoConfiguration.class, TaskExecutionAutoConfiguration.class,
				SockworkMetricsAutoConfiguration.class, MetricsAutoConfiguration.class))
		.withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new)
		.withBean(SlowSink.class, SlowSink::new);

	@Test
	void aFloodAgainstASlowHandlerHoldsMemoryFlatAndEveryByteIsHandledInOrder() throws Exception {
		this.contextRunner.run((context) -> {
			SlowSink sink = context.getBean(SlowSink.class);
			SocketRegistry registry = context.getBean(SocketRegistry.class);
			int port = registry.server("sink").port();
			CompletableFuture<Void> sent = CompletableFuture.runAsync(() -> send(port));
			await().atMost(2, TimeUnit.MINUTES).until(() -> sink.handled.get() >= WARM_UP);
			long baseline = usedMemoryAfterGc();
			long peak = baseline;
			// Bounded: at most 600 samples of half a second each.
			for (int i = 0; i < 600 && !isDone(sent); i++) {
				peak = Math.max(peak, usedMemoryAfterGc());
			}
			sent.get(1, TimeUnit.SECONDS);
			await().atMost(2, TimeUnit.MINUTES).until(() -> sink.handled.get() == TOTAL);
			assertThat(sink.firstMismatch.get()).as("first byte out of order").isEqualTo(-1);
			assertThat(peak - baseline).as("memory growth during the flood").isLessThan(MEMORY_BOUND);
			SocketStats stats = registry.server("sink").stats();
			assertThat(stats.dispatchPauses()).isPositive();
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			assertThat(meters.get("sockwork.dispatch.pauses").tag("name", "sink").functionCounter().count())
				.isEqualTo(stats.dispatchPauses());
			await().until(() -> meters.get("sockwork.dispatch.queued").tag("name", "sink").gauge().value() == 0);
		});
	}

	private static boolean isDone(CompletableFuture<Void> sent) throws InterruptedException, ExecutionException {
		try {
			sent.get(500, TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return false;
		}
	}

	private static void send(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
			OutputStream out = socket.getOutputStream();
			byte[] chunk = new byte[64 * 1024];
			for (long position = 0; position < TOTAL; position += chunk.length) {
				for (int i = 0; i < chunk.length; i++) {
					chunk[i] = expected(position + i);
				}
				out.write(chunk);
			}
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte expected(long position) {
		return (byte) (position % 251);
	}

	private static long usedMemoryAfterGc() {
		System.gc();
		long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		long direct = 0;
		for (BufferPoolMXBean pool : ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class)) {
			direct += pool.getMemoryUsed();
		}
		// Netty's own direct memory, which it allocates without a Cleaner and so outside
		// the JDK's buffer pools.
		return heap + direct + Math.max(0, PlatformDependent.usedDirectMemory());
	}

	static class SlowSink {

		final AtomicLong handled = new AtomicLong();

		final AtomicLong firstMismatch = new AtomicLong(-1);

		@TcpListener(name = "sink", host = "127.0.0.1", port = "0", dispatch = Dispatch.EXECUTOR)
		void data(ByteBuffer data) throws InterruptedException {
			long position = this.handled.get();
			while (data.hasRemaining()) {
				if (data.get() != expected(position) && this.firstMismatch.get() == -1) {
					this.firstMismatch.set(position);
				}
				position++;
			}
			this.handled.set(position);
			// The slow handler under test: far slower than loopback.
			Thread.sleep(1);
		}

	}

}
