package io.sockwork.boot.handler;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.concurrent.Executor;

import io.sockwork.core.UdpChannel;
import io.sockwork.core.UdpHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the handler of a UDP socket on an executor instead of the event loop, in order,
 * through the socket's {@link DispatchQueue} (its {@link UdpChannel#attachment
 * attachment}). UDP has no flow control: a datagram that would take the queue past its
 * high-water mark is dropped and counted in {@code datagramsDropped}. What a dispatched
 * handler throws is counted and goes to the {@code error} handler, as on the event loop.
 */
final class DispatchingUdpHandler implements UdpHandler {

	private static final Logger logger = LoggerFactory.getLogger(DispatchingUdpHandler.class);

	private final UdpHandler delegate;

	private final Executor executor;

	private final DispatchLimits limits;

	DispatchingUdpHandler(UdpHandler delegate, Executor executor, DispatchLimits limits) {
		this.delegate = delegate;
		this.executor = executor;
		this.limits = limits;
	}

	@Override
	public void data(UdpChannel channel, ByteBuffer datagram, InetSocketAddress sender) {
		ByteBuffer copy = DispatchQueue.copy(datagram);
		if (!queueOf(channel).offer(copy.remaining(),
				() -> run(channel, () -> this.delegate.data(channel, copy, sender)))) {
			channel.countDropped();
		}
	}

	@Override
	public void drain(UdpChannel channel) {
		queueOf(channel).execute(() -> run(channel, () -> this.delegate.drain(channel)));
	}

	@Override
	public void error(UdpChannel channel, Throwable error) {
		queueOf(channel).execute(() -> reportError(channel, error));
	}

	private void run(UdpChannel channel, Runnable call) {
		try {
			call.run();
		}
		catch (Throwable ex) {
			channel.countHandlerError();
			reportError(channel, ex);
		}
	}

	private void reportError(UdpChannel channel, Throwable error) {
		try {
			this.delegate.error(channel, error);
		}
		catch (Throwable nested) {
			channel.countHandlerError();
			nested.addSuppressed(error);
			logger.warn("The error handler of {} threw", channel, nested);
		}
	}

	private DispatchQueue queueOf(UdpChannel channel) {
		return channel.attachment(() -> new DispatchQueue(this.executor, this.limits, DispatchQueue.Flow.NONE));
	}

	@Override
	public String toString() {
		return "DispatchingUdpHandler for " + this.delegate;
	}

}
