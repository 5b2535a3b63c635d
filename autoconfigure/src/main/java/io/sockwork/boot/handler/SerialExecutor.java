package io.sockwork.boot.handler;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs tasks on another executor one at a time, in the order they were given: the events
 * of one socket.
 */
final class SerialExecutor implements Executor {

	private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();

	private final AtomicBoolean scheduled = new AtomicBoolean();

	private final Executor executor;

	SerialExecutor(Executor executor) {
		this.executor = executor;
	}

	@Override
	public void execute(Runnable task) {
		this.tasks.add(task);
		schedule();
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
			while ((task = this.tasks.poll()) != null) {
				task.run();
			}
		}
		finally {
			this.scheduled.set(false);
		}
		// A task added after the last poll and before the reset found the flag still set.
		if (!this.tasks.isEmpty()) {
			schedule();
		}
	}

}
