package io.sockwork.core;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Fails a test when Netty's leak detector (at PARANOID in the build) reports a buffer
 * that was never released. Registered for every test through the service loader.
 */
public final class NettyLeakCheck implements BeforeAllCallback, AfterEachCallback {

	private static final List<String> leaks = new CopyOnWriteArrayList<>();

	static {
		Logger logger = (Logger) LoggerFactory.getLogger(ResourceLeakDetector.class);
		AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
			@Override
			protected void append(ILoggingEvent event) {
				if (event.getFormattedMessage().contains("LEAK")) {
					leaks.add(event.getFormattedMessage());
				}
			}
		};
		appender.start();
		logger.addAppender(appender);
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		// Leaks are reported when a tracked buffer was collected and a later allocation
		// polls the queue.
		System.gc();
		for (int i = 0; i < 64; i++) {
			ByteBuf probe = ByteBufAllocator.DEFAULT.directBuffer(16);
			probe.release();
		}
		if (!leaks.isEmpty()) {
			String report = String.join("\n", leaks);
			leaks.clear();
			throw new AssertionError("Netty reported leaked buffers:\n" + report);
		}
	}

}
