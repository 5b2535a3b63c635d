package io.sockwork.boot.registry;

/**
 * A change of one socket of the {@link SocketRegistry}, published to every
 * {@link SocketChangeListener} once the registry's maps show it.
 *
 * @param type what happened
 * @param name the socket's name
 * @param kind the socket's kind
 */
public record SocketChange(Type type, String name, SocketKind kind) {

	/**
	 * What happened to a socket.
	 */
	public enum Type {

		/**
		 * The socket was bound (a client: started connecting), or a registry adopted it
		 * from a previous context.
		 */
		BOUND,

		/**
		 * The socket runs on a new server or channel (a new address, or a client's new
		 * server); the old one no longer counts.
		 */
		MOVED,

		/** The socket stopped, or its registry handed it to the next context. */
		STOPPED

	}

}
