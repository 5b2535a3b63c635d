package io.sockwork.boot.registry;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import io.sockwork.boot.config.SocketEndpoint;
import io.sockwork.core.SocketEngine;
import org.jspecify.annotations.Nullable;

/**
 * The lifecycle of one declared socket, the same for every kind: start, reconcile with a
 * newly resolved endpoint, stop, describe. The registry drives every socket through this
 * contract; the sockets themselves are not beans.
 *
 * @param <E> the kind of endpoint
 */
abstract class EndpointLifecycle<E extends SocketEndpoint> {

	private final SocketEngine engine;

	private final SocketKind kind;

	private final Class<E> endpointType;

	private volatile E endpoint;

	private volatile @Nullable String failure;

	EndpointLifecycle(SocketEngine engine, SocketKind kind, Class<E> endpointType, E endpoint) {
		this.engine = engine;
		this.kind = kind;
		this.endpointType = endpointType;
		this.endpoint = endpoint;
	}

	/**
	 * The engine the socket runs on.
	 */
	final SocketEngine engine() {
		return this.engine;
	}

	final String name() {
		return this.endpoint.name();
	}

	final E endpoint() {
		return this.endpoint;
	}

	final void endpoint(E endpoint) {
		this.endpoint = endpoint;
	}

	final SocketKind kind() {
		return this.kind;
	}

	/**
	 * Whether this lifecycle can take {@code next}: it declares a socket of the same
	 * kind.
	 */
	final boolean accepts(SocketEndpoint next) {
		return this.endpointType.isInstance(next);
	}

	/**
	 * Binds or connects.
	 * @throws RuntimeException if the socket cannot start; nothing is left running
	 */
	abstract void start();

	/**
	 * Applies a newly resolved endpoint of the same kind: every setting applies to the
	 * running socket, or the socket moves to a new server or channel (the new one is
	 * started first). A socket that is not running starts.
	 * @param next the endpoint, accepted by {@link #accepts}
	 * @return what became of the socket
	 * @throws RuntimeException if the change cannot be applied; the socket is left as it
	 * was, except where said otherwise
	 */
	final Reconciled reconcile(SocketEndpoint next) {
		E typed = this.endpointType.cast(next);
		if (!isRunning()) {
			this.endpoint = typed;
			start();
			return Reconciled.STARTED;
		}
		return reconcileRunning(typed);
	}

	abstract Reconciled reconcileRunning(E next);

	/**
	 * Stops gracefully: open connections get up to {@code gracePeriod}. Sockets without
	 * connections to finish stop at once.
	 * @return completes once stopped
	 */
	CompletableFuture<Void> stop(Duration gracePeriod) {
		stopNow();
		return CompletableFuture.completedFuture(null);
	}

	/**
	 * Stops at once, closing open connections.
	 */
	abstract void stopNow();

	abstract boolean isRunning();

	abstract SocketDescription describe();

	final @Nullable String failure() {
		return this.failure;
	}

	/**
	 * Records why the last start or reconcile failed, {@code null} once one succeeded.
	 */
	final void failure(@Nullable String failure) {
		this.failure = failure;
	}

	/**
	 * What became of a socket on {@link #reconcile}.
	 */
	enum Reconciled {

		/** It keeps its server or channel, with the new settings. */
		KEPT,

		/** It runs on a new server or channel. */
		MOVED,

		/** It was not running and started. */
		STARTED

	}

}
