package io.sockwork.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import io.netty.handler.codec.DecoderException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The handler set of a TCP server or client, as in Bun: one instance serves every socket
 * of a server, and every method has a no-op default. Methods run on the socket's event
 * loop and must not block.
 *
 * @param <T> the type of the per-socket {@link TcpSocket#data() data}
 */
public interface TcpHandler<T> {

	/**
	 * The socket is open (for TLS, after a successful handshake).
	 * @param socket the socket
	 */
	default void open(TcpSocket<T> socket) {
	}

	/**
	 * Bytes arrived, neither buffered nor framed: a chunk as the kernel delivered it.
	 * @param socket the socket
	 * @param data a read-only view, valid only during this call: copy what you keep
	 */
	default void data(TcpSocket<T> socket, ByteBuffer data) {
	}

	/**
	 * The outbound buffer fell under its low-water mark after a write was cut short:
	 * write more.
	 * @param socket the socket
	 */
	default void drain(TcpSocket<T> socket) {
	}

	/**
	 * The socket closed.
	 * @param socket the socket
	 * @param error the error that closed it, or {@code null} for an orderly close
	 */
	default void close(TcpSocket<T> socket, @Nullable Throwable error) {
	}

	/**
	 * A handler method threw, or the connection failed. Without an override the error is
	 * logged: handler failures as warnings, I/O errors such as a reset by the peer at
	 * debug level, and input the peer got wrong (a frame over its limit) in one
	 * rate-limited WARN line naming the listener's address, the peer and the limit, with
	 * the stack trace at debug level only, as they are the peer's doing
	 * ({@link PeerFailureLog}).
	 * @param socket the socket
	 * @param error the error
	 */
	default void error(TcpSocket<T> socket, Throwable error) {
		Logger logger = LoggerFactory.getLogger(TcpHandler.class);
		if (error instanceof IOException) {
			logger.debug("I/O error on {}", socket, error);
		}
		else if (error instanceof DecoderException) {
			String owner = (socket.listener() != null) ? "listener " : "client ";
			PeerFailureLog.warn("Bad input", owner + Addresses.format(socket.localAddress()), socket, error);
		}
		else {
			logger.warn("Unhandled error on {}", socket, error);
		}
	}

	/**
	 * The peer ended its side (FIN). Unless half-open sockets are allowed, the socket
	 * closes after this returns; writes made here still go out.
	 * @param socket the socket
	 */
	default void end(TcpSocket<T> socket) {
	}

	/**
	 * The socket saw no traffic for its {@link TcpSocket#timeout timeout}. Does not close
	 * the socket.
	 * @param socket the socket
	 */
	default void timeout(TcpSocket<T> socket) {
	}

	/**
	 * A TLS handshake completed. After a successful handshake {@link #open} follows (for
	 * a new connection); a failed one closes the connection, and for a client fails the
	 * connect. Without an override a failure is logged in one rate-limited line, with the
	 * stack trace at debug level only: a peer can fail handshakes at will.
	 * @param socket the socket
	 * @param success whether the handshake succeeded
	 * @param error why it failed, or {@code null} on success
	 */
	default void handshake(TcpSocket<T> socket, boolean success, @Nullable Throwable error) {
		if (!success) {
			PeerFailureLog.info("TLS handshake failed", socket,
					(error != null) ? error : new IllegalStateException("no cause given"));
		}
	}

	/**
	 * A client connection failed; the future returned by {@code connect} then completes
	 * exceptionally. Neither {@link #close} nor {@link #error} is called.
	 * @param socket the socket that did not connect
	 * @param error the cause
	 */
	default void connectError(TcpSocket<T> socket, Throwable error) {
	}

	/**
	 * The engine is about to close the socket (after {@link #end end}, an idle timeout or
	 * a graceful stop) or has closed it. A handler set that runs its methods elsewhere
	 * than on the event loop (Sockwork's executor dispatch) returns what is still
	 * running: the engine closes the socket only once the stage completes, so that what
	 * those methods write goes out before FIN, and a graceful stop waits for it, within
	 * its grace period. Handlers on the event loop have nothing pending: the default is
	 * complete.
	 * @param socket the socket
	 * @return completes once the handler calls made for this socket so far have returned
	 */
	default CompletionStage<?> closing(TcpSocket<T> socket) {
		return CompletableFuture.completedFuture(null);
	}

}
