package io.sockwork.core;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import org.jspecify.annotations.Nullable;

/**
 * A listening TCP server (Bun's listener). All its sockets share one handler set.
 *
 * @param <T> the type of the per-socket data
 */
public interface TcpServer<T> {

	/**
	 * The bound port (the real one when 0 was asked for); 0 for a Unix domain socket.
	 * @return the port
	 */
	int port();

	/**
	 * The bound host address; the socket file for a Unix domain socket.
	 * @return the address as text
	 */
	String hostname();

	/**
	 * The server's own data (Bun's {@code listener.data}): what the options'
	 * {@link TcpListenOptions#data() data} supplier gave when the server started.
	 * @return the data, or {@code null} when the options have no data supplier
	 */
	@Nullable T data();

	/**
	 * Stops accepting connections; called off the event loop, it returns once the port is
	 * free to bind again and refuses connections.
	 * @param closeActiveConnections whether to close the open sockets too, or leave them
	 * open
	 */
	void stop(boolean closeActiveConnections);

	/**
	 * Stops accepting, {@link TcpSocket#end() ends} every open socket once what was
	 * written is out, and closes the sockets still open when {@code gracePeriod} is over.
	 * @param gracePeriod how long open sockets get to finish
	 * @return completes when every socket is closed
	 */
	CompletableFuture<Void> stopGracefully(Duration gracePeriod);

	/**
	 * Replaces the handler set of the server: every live socket and every future one uses
	 * {@code handler}; no connection is dropped.
	 * @param handler the new handlers
	 */
	void reload(TcpHandler<T> handler);

	/**
	 * Replaces the TLS of the server, for example after its certificate was rotated: new
	 * connections use it, open connections keep what they negotiated.
	 * @param tls the new TLS options
	 * @throws IllegalStateException if the server was started without TLS
	 */
	void reloadTls(TlsOptions tls);

	/**
	 * Applies the options that can change without rebinding to the server and to every
	 * open socket: the idle timeout (re-armed from now), the connection limit and the
	 * socket options (half-open, TCP_NODELAY, SO_KEEPALIVE, water marks). The address,
	 * backlog, SO_REUSEPORT and TLS of {@code options} are ignored: a different address
	 * needs a new server, new TLS goes through {@link #reloadTls(TlsOptions)}.
	 * @param options the new options
	 */
	void reconfigure(TcpListenOptions options);

	/**
	 * The number of open connections.
	 * @return the count
	 */
	int connectionCount();

	/**
	 * The open sockets: a live, thread-safe view that follows connections as they open
	 * and close (iterating it never throws {@code ConcurrentModificationException}).
	 * @return the sockets
	 */
	Collection<TcpSocket<T>> sockets();

	/**
	 * Finds an open socket by its {@linkplain TcpSocket#id() id}. Looks at every socket:
	 * meant for operations, not for the hot path.
	 * @param id the socket's id
	 * @return the socket, or {@code null} when none of the open sockets has that id
	 */
	@Nullable TcpSocket<T> socket(long id);

	/**
	 * Writes {@code message} to every open socket, as
	 * {@link #broadcast(ByteBuffer, Predicate)}.
	 * @param message the message
	 * @return the number of sockets that took it
	 */
	default int broadcast(ByteBuffer message) {
		return broadcast(message, (socket) -> true);
	}

	/**
	 * Writes {@code message} to every open socket that {@code filter} accepts, whole, as
	 * {@link TcpSocket#writeFrame(ByteBuffer) writeFrame} does (a {@code lines} listener
	 * adds the line end): a socket whose outbound buffer is over its high-water mark (a
	 * slow reader) is skipped and counted in {@link SocketStats#broadcastsSkipped()}, so
	 * that a broadcast never grows memory beyond each socket's write buffer and never
	 * cuts a message. Safe from any thread; {@code message}'s position is left unchanged.
	 * @param message the message
	 * @param filter which sockets get it
	 * @return the number of sockets that took it
	 */
	int broadcast(ByteBuffer message, Predicate<? super TcpSocket<T>> filter);

	/**
	 * The bytes written by handlers and not yet taken by the kernel, over all open
	 * sockets. Reads every socket: meant for gauges, not for the hot path.
	 * @return the byte count
	 */
	long outboundBufferedBytes();

	/**
	 * The open sockets whose outbound buffer is over its high-water mark.
	 * @return the count
	 */
	int unwritableSockets();

	/**
	 * Whether the server is still accepting connections.
	 * @return {@code true} until stopped
	 */
	boolean isListening();

	/**
	 * Whether the server accepts TLS connections.
	 * @return {@code true} when started with TLS options
	 */
	boolean isTls();

	/**
	 * The counters of this server's sockets.
	 * @return the live counters
	 */
	SocketStats stats();

}
