package io.sockwork.core;

import io.netty.channel.EventLoop;

/**
 * Runs work on a channel's event loop: at once when already there, else as a task.
 */
final class EventLoops {

	private EventLoops() {
	}

	static void run(EventLoop eventLoop, Runnable task) {
		if (eventLoop.inEventLoop()) {
			task.run();
		}
		else {
			eventLoop.execute(task);
		}
	}

}
