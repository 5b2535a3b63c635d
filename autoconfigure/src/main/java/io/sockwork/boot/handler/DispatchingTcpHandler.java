package io.sockwork.boot.handler;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

import io.sockwork.core.ReadyState;
import io.sockwork.core.TcpHandler;
import io.sockwork.core.TcpSocket;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a handler set on an executor instead of the event loop, keeping the events of each
 * socket in order with a per-socket serial queue. Received bytes are copied first, since
 * the engine's view is only valid during the call; what a dispatched handler throws goes
 * to the {@code error} handler, as on the event loop, except a
 * {@link VirtualMachineError}, which is rethrown.
 */
final class DispatchingTcpHandler extends ForwardingTcpHandler {

	private static final Logger logger = LoggerFactory.getLogger(DispatchingTcpHandler.class);

	private final TcpHandler<Object> delegate;

	private final Executor executor;

	private final Map<TcpSocket<Object>, SerialExecutor> queues = new ConcurrentHashMap<>();

	DispatchingTcpHandler(TcpHandler<Object> delegate, Executor executor) {
		this.delegate = delegate;
		this.executor = executor;
	}

	@Override
	protected TcpHandler<Object> delegate() {
		return this.delegate;
	}

	@Override
	public void open(TcpSocket<Object> socket) {
		dispatch(socket, () -> this.delegate.open(socket));
	}

	@Override
	public void data(TcpSocket<Object> socket, ByteBuffer data) {
		ByteBuffer copy = ByteBuffer.allocate(data.remaining()).put(data.duplicate()).flip().asReadOnlyBuffer();
		dispatch(socket, () -> this.delegate.data(socket, copy));
	}

	@Override
	public void drain(TcpSocket<Object> socket) {
		dispatch(socket, () -> this.delegate.drain(socket));
	}

	@Override
	public void close(TcpSocket<Object> socket, @Nullable Throwable error) {
		dispatch(socket, () -> this.delegate.close(socket, error));
		// The last event of the socket: its queue runs on without the map entry.
		this.queues.remove(socket);
	}

	@Override
	public void error(TcpSocket<Object> socket, Throwable error) {
		queueOf(socket).execute(() -> reportError(socket, error));
	}

	@Override
	public void end(TcpSocket<Object> socket) {
		dispatch(socket, () -> this.delegate.end(socket));
	}

	@Override
	public void timeout(TcpSocket<Object> socket) {
		dispatch(socket, () -> this.delegate.timeout(socket));
	}

	@Override
	public void handshake(TcpSocket<Object> socket, boolean success, @Nullable Throwable error) {
		boolean neverOpens = !success && socket.readyState() == ReadyState.OPENING;
		dispatch(socket, () -> this.delegate.handshake(socket, success, error));
		if (neverOpens) {
			// A connection whose first handshake failed gets no close event: this is its
			// last one.
			this.queues.remove(socket);
		}
	}

	private void dispatch(TcpSocket<Object> socket, Runnable event) {
		queueOf(socket).execute(() -> {
			try {
				event.run();
			}
			catch (VirtualMachineError ex) {
				// Not a handler error: the executor's thread hears of it.
				throw ex;
			}
			catch (Throwable ex) {
				reportError(socket, ex);
			}
		});
	}

	private void reportError(TcpSocket<Object> socket, Throwable error) {
		try {
			this.delegate.error(socket, error);
		}
		catch (Throwable nested) {
			nested.addSuppressed(error);
			logger.warn("The error handler of {} threw", socket, nested);
		}
	}

	private SerialExecutor queueOf(TcpSocket<Object> socket) {
		return this.queues.computeIfAbsent(socket, (key) -> new SerialExecutor(this.executor));
	}

	@Override
	public String toString() {
		return "DispatchingTcpHandler for " + this.delegate;
	}

}
