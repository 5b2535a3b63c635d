package io.sockwork.boot.handler;

import java.nio.ByteBuffer;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

import io.sockwork.core.SocketEvent;
import io.sockwork.core.TcpHandler;
import io.sockwork.core.TcpSocket;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a handler set on an executor instead of the event loop, the events of each socket
 * in order through the socket's {@link DispatchQueue}. The queue is the socket's
 * {@link TcpSocket#attachment attachment}, so that the handler set of a reload queues
 * behind the events of the one before. Received bytes are copied first, since the
 * engine's view is only valid during the call, and counted: past the queue's high-water
 * mark the socket stops reading until the handlers catch up. What a dispatched handler
 * throws is counted in the socket's stats and goes to the {@code error} handler, as on
 * the event loop; the engine closes a socket after {@code end} or an idle timeout only
 * once the queued handlers returned. A {@link VirtualMachineError} is rethrown, not
 * counted.
 */
final class DispatchingTcpHandler extends ForwardingTcpHandler {

	private static final Logger logger = LoggerFactory.getLogger(DispatchingTcpHandler.class);

	private final TcpHandler<Object> delegate;

	private final Executor executor;

	private final DispatchLimits limits;

	DispatchingTcpHandler(TcpHandler<Object> delegate, Executor executor, DispatchLimits limits) {
		this.delegate = delegate;
		this.executor = executor;
		this.limits = limits;
	}

	@Override
	protected TcpHandler<Object> delegate() {
		return this.delegate;
	}

	@Override
	public void open(TcpSocket<Object> socket) {
		dispatch(socket, SocketEvent.OPEN, () -> this.delegate.open(socket));
	}

	@Override
	public void data(TcpSocket<Object> socket, ByteBuffer data) {
		ByteBuffer copy = DispatchQueue.copy(data);
		queueOf(socket).data(copy.remaining(),
				() -> run(socket, SocketEvent.DATA, () -> this.delegate.data(socket, copy)));
	}

	@Override
	public void drain(TcpSocket<Object> socket) {
		dispatch(socket, SocketEvent.DRAIN, () -> this.delegate.drain(socket));
	}

	@Override
	public void close(TcpSocket<Object> socket, @Nullable Throwable error) {
		dispatch(socket, SocketEvent.CLOSE, () -> this.delegate.close(socket, error));
	}

	@Override
	public void error(TcpSocket<Object> socket, Throwable error) {
		queueOf(socket).execute(() -> reportError(socket, error));
	}

	@Override
	public void end(TcpSocket<Object> socket) {
		dispatch(socket, SocketEvent.END, () -> this.delegate.end(socket));
	}

	@Override
	public void timeout(TcpSocket<Object> socket) {
		dispatch(socket, SocketEvent.TIMEOUT, () -> this.delegate.timeout(socket));
	}

	@Override
	public void handshake(TcpSocket<Object> socket, boolean success, @Nullable Throwable error) {
		dispatch(socket, SocketEvent.HANDSHAKE, () -> this.delegate.handshake(socket, success, error));
	}

	@Override
	public void connectError(TcpSocket<Object> socket, Throwable error) {
		dispatch(socket, SocketEvent.CONNECT_ERROR, () -> this.delegate.connectError(socket, error));
	}

	@Override
	public CompletionStage<?> closing(TcpSocket<Object> socket) {
		return queueOf(socket).idle();
	}

	private void dispatch(TcpSocket<Object> socket, SocketEvent event, Runnable call) {
		queueOf(socket).execute(() -> run(socket, event, call));
	}

	private void run(TcpSocket<Object> socket, SocketEvent event, Runnable call) {
		try {
			call.run();
		}
		catch (VirtualMachineError ex) {
			// Not a handler error: the executor's thread hears of it.
			throw ex;
		}
		catch (Throwable ex) {
			socket.countHandlerError(event);
			reportError(socket, ex);
		}
	}

	private void reportError(TcpSocket<Object> socket, Throwable error) {
		try {
			this.delegate.error(socket, error);
		}
		catch (Throwable nested) {
			socket.countHandlerError(SocketEvent.ERROR);
			nested.addSuppressed(error);
			logger.warn("The error handler of {} threw", socket, nested);
		}
	}

	private DispatchQueue queueOf(TcpSocket<Object> socket) {
		return socket.attachment(() -> new DispatchQueue(this.executor, this.limits, new SocketFlow(socket)));
	}

	@Override
	public String toString() {
		return "DispatchingTcpHandler for " + this.delegate;
	}

	/**
	 * Pauses and resumes a socket for its queue, and counts both in its stats.
	 */
	private record SocketFlow(TcpSocket<Object> socket) implements DispatchQueue.Flow {

		@Override
		public void queued(long deltaBytes) {
			this.socket.countDispatchQueued(deltaBytes);
		}

		@Override
		public void pause() {
			this.socket.countDispatchPause();
			this.socket.pause();
		}

		@Override
		public void resume() {
			this.socket.resume();
		}

	}

}
