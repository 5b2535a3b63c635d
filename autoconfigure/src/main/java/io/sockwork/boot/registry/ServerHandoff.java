package io.sockwork.boot.registry;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.sockwork.core.SocketEngine;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the engine and the running servers of a closing context for the next context, so
 * that a restart keeps its ports bound and its connections open, as Bun's hot reload
 * does. The next context's registry adopts the servers by listener name and reloads them
 * with its own handlers.
 * <p>
 * Servers are kept when a context closes during a DevTools restart (the close runs on
 * DevTools' restart thread), after {@link #expectRestart()}, or when the registry is
 * destroyed while running, which is what refreshing a refreshable context again does.
 * Otherwise a close stops the servers gracefully. This class is loaded with the library,
 * by the application class loader, so that what it keeps outlives DevTools' restart class
 * loader.
 */
public final class ServerHandoff {

	/**
	 * The class of the thread on which DevTools closes the contexts of a restart, and on
	 * which nothing else closes them (the JVM's shutdown hook has its own thread).
	 * DevTools has no public restart signal to use instead: its
	 * {@code ClassPathChangedEvent} misses restarts asked for through
	 * {@code Restarter.restart()}, remote ones among them, and its
	 * {@code RestartListener} is never called. Compared by name, so that the library does
	 * not depend on DevTools.
	 */
	private static final String DEVTOOLS_RESTART_THREAD = "org.springframework.boot.devtools.restart.Restarter$LeakSafeThread";

	private static final Logger logger = LoggerFactory.getLogger(ServerHandoff.class);

	private static volatile boolean restartExpected;

	private static @Nullable Parked parked;

	private ServerHandoff() {
	}

	/**
	 * Keeps the servers of the next context that closes for the context that starts after
	 * it: for restart tools other than DevTools, whose restarts are recognised without
	 * this call.
	 */
	public static void expectRestart() {
		restartExpected = true;
	}

	/**
	 * Returns the engine kept from the previous context, or a new one.
	 * @param factory creates an engine when none is kept
	 * @return the engine to use
	 */
	public static synchronized SocketEngine engineOr(Supplier<SocketEngine> factory) {
		Parked current = parked;
		if (current != null) {
			logger.info("Adopting the running socket engine and the sockets {} of the previous context",
					current.kept().sockets().keySet());
			return current.engine();
		}
		return factory.get();
	}

	/**
	 * Closes an engine that its context no longer needs, unless it is kept for the next
	 * context.
	 * @param engine the engine
	 */
	public static synchronized void release(SocketEngine engine) {
		Parked current = parked;
		if (current == null || current.engine() != engine) {
			engine.close();
		}
	}

	static boolean isRestarting() {
		return restartExpected || Thread.currentThread().getClass().getName().equals(DEVTOOLS_RESTART_THREAD);
	}

	static synchronized void park(SocketEngine engine, Kept kept) {
		restartExpected = false;
		Parked previous = parked;
		if (previous != null && previous.engine() != engine) {
			discard(previous);
		}
		parked = new Parked(engine, kept);
		logger.info("Keeping the sockets {} for the next context", kept.sockets().keySet());
	}

	/**
	 * Takes the kept listeners if they run on {@code engine}, the engine of the adopting
	 * registry. Listeners kept on another engine can no longer be adopted by anyone, so
	 * they are closed.
	 */
	static synchronized Kept adopt(SocketEngine engine) {
		Parked current = parked;
		parked = null;
		if (current == null) {
			return Kept.NONE;
		}
		if (current.engine() != engine) {
			discard(current);
			return Kept.NONE;
		}
		return current.kept();
	}

	private static void discard(Parked stale) {
		logger.warn("Closing the sockets {} kept for a restart that did not adopt them",
				stale.kept().sockets().keySet());
		stale.kept().sockets().values().forEach(EndpointLifecycle::stopNow);
		stale.engine().close();
	}

	/**
	 * What a registry keeps running for the next context: its listeners, UDP sockets and
	 * clients, by name.
	 */
	record Kept(Map<String, EndpointLifecycle<?>> sockets) {

		static final Kept NONE = new Kept(Map.of());

		Kept {
			sockets = new LinkedHashMap<>(sockets);
		}

	}

	private record Parked(SocketEngine engine, Kept kept) {

	}

}
