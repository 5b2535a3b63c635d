package io.sockwork.boot.registry;

/**
 * Follows the sockets of a {@link SocketRegistry}: meters and other observers subscribe
 * with {@link SocketRegistry#addChangeListener} instead of taking a snapshot.
 */
@FunctionalInterface
public interface SocketChangeListener {

	/**
	 * Called on the thread that changed the registry, after its maps show the change.
	 * @param change the change
	 */
	void socketChanged(SocketChange change);

}
