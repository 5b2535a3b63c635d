package io.sockwork.core;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.jspecify.annotations.Nullable;

/**
 * The handler of a client socket until {@code open} has run: it completes the future of
 * {@link SocketEngine#connect connect} after the user's {@code open}, then steps aside
 * for the user's handler. Before {@code open} only handshake, error and connect-error
 * events can happen.
 */
final class CompletingHandler<T> implements TcpHandler<T> {

	private final TcpHandler<T> delegate;

	private final CompletableFuture<TcpSocket<T>> result;

	CompletingHandler(TcpHandler<T> delegate, CompletableFuture<TcpSocket<T>> result) {
		this.delegate = delegate;
		this.result = result;
	}

	@Override
	public void open(TcpSocket<T> socket) {
		socket.reload(this.delegate);
		try {
			this.delegate.open(socket);
		}
		finally {
			this.result.complete(socket);
		}
	}

	@Override
	public void handshake(TcpSocket<T> socket, boolean success, @Nullable Throwable error) {
		this.delegate.handshake(socket, success, error);
		if (!success) {
			// Unlike Bun, a client whose handshake fails (an untrusted certificate, a
			// wrong host) never connects.
			Throwable cause = (error != null) ? error : new IllegalStateException("The TLS handshake failed");
			this.delegate.connectError(socket, cause);
			this.result.completeExceptionally(cause);
		}
	}

	@Override
	public void error(TcpSocket<T> socket, Throwable error) {
		// A handshake handler that throws reports here, before open.
		this.delegate.error(socket, error);
	}

	@Override
	public void connectError(TcpSocket<T> socket, Throwable error) {
		this.delegate.connectError(socket, error);
	}

	@Override
	public CompletionStage<?> closing(TcpSocket<T> socket) {
		return this.delegate.closing(socket);
	}

}
