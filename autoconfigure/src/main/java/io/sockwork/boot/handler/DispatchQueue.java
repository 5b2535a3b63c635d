package io.sockwork.boot.handler;

import java.nio.ByteBuffer;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The events of one socket waiting for the executor, run one at a time in order. It
 * counts the received bytes it holds: past the high-water mark it asks its {@link Flow}
 * to stop reading (TCP) or refuses them (UDP), and once the handlers brought it under the
 * low-water mark it asks the flow to read again.
 */
final class DispatchQueue {

	// Tasks run in one go before the queue yields its thread to other sockets.
	private static final int BATCH = 64;

	private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();

	private final AtomicBoolean scheduled = new AtomicBoolean();

	private final AtomicLong queuedBytes = new AtomicLong();

	private final Executor executor;

	private final DispatchLimits limits;

	private final Flow flow;

	// Guarded by this: the decision to pause or resume and the call that makes it.
	private boolean paused;

	DispatchQueue(Executor executor, DispatchLimits limits, Flow flow) {
		this.executor = executor;
		this.limits = limits;
		this.flow = flow;
	}

	/**
	 * A read-only copy of received bytes, for a handler that runs after the engine's view
	 * is gone.
	 */
	static ByteBuffer copy(ByteBuffer view) {
		return ByteBuffer.allocate(view.remaining()).put(view.duplicate()).flip().asReadOnlyBuffer();
	}

	/**
	 * Queues an event that carries no received bytes.
	 */
	void execute(Runnable task) {
		this.tasks.add(task);
		schedule();
	}

	/**
	 * Queues the handling of {@code bytes} received bytes; past the high-water mark the
	 * flow pauses.
	 */
	void data(int bytes, Runnable task) {
		long queued = queued(bytes);
		if (queued > this.limits.highWaterMark()) {
			pauseIfReading();
		}
		execute(() -> {
			try {
				task.run();
			}
			finally {
				handled(bytes);
			}
		});
	}

	/**
	 * Queues the handling of {@code bytes} received bytes unless that would pass the
	 * high-water mark.
	 * @return whether the task was queued
	 */
	boolean offer(int bytes, Runnable task) {
		if (this.queuedBytes.get() + bytes > this.limits.highWaterMark()) {
			return false;
		}
		data(bytes, task);
		return true;
	}

	/**
	 * Completes once every task queued so far has run.
	 */
	CompletableFuture<Void> idle() {
		CompletableFuture<Void> idle = new CompletableFuture<>();
		try {
			execute(() -> idle.complete(null));
		}
		catch (RuntimeException ex) {
			idle.completeExceptionally(ex);
		}
		return idle;
	}

	private long queued(long delta) {
		this.flow.queued(delta);
		return this.queuedBytes.addAndGet(delta);
	}

	private void handled(int bytes) {
		long queued = queued(-bytes);
		if (queued <= this.limits.lowWaterMark()) {
			resumeIfPaused();
		}
	}

	private synchronized void pauseIfReading() {
		if (!this.paused && this.queuedBytes.get() > this.limits.highWaterMark()) {
			this.paused = true;
			this.flow.pause();
		}
	}

	private synchronized void resumeIfPaused() {
		if (this.paused && this.queuedBytes.get() <= this.limits.lowWaterMark()) {
			this.paused = false;
			this.flow.resume();
		}
	}

	private void schedule() {
		if (this.scheduled.compareAndSet(false, true)) {
			try {
				this.executor.execute(this::runAll);
			}
			catch (RuntimeException ex) {
				this.scheduled.set(false);
				throw ex;
			}
		}
	}

	private void runAll() {
		try {
			Runnable task;
			for (int i = 0; i < BATCH && (task = this.tasks.poll()) != null; i++) {
				task.run();
			}
		}
		finally {
			this.scheduled.set(false);
		}
		// Tasks left by the batch, or added after the last poll and before the reset
		// (they
		// found the flag still set).
		if (!this.tasks.isEmpty()) {
			schedule();
		}
	}

	/**
	 * What the queue asks of its socket.
	 */
	interface Flow {

		/**
		 * The flow of a socket that cannot stop reading (UDP): the queue refuses instead.
		 */
		Flow NONE = new Flow() {

			@Override
			public void queued(long deltaBytes) {
			}

			@Override
			public void pause() {
			}

			@Override
			public void resume() {
			}

		};

		/**
		 * Counts received bytes queued (positive) or handled (negative).
		 */
		void queued(long deltaBytes);

		/**
		 * Stops reading.
		 */
		void pause();

		/**
		 * Reads again.
		 */
		void resume();

	}

}
