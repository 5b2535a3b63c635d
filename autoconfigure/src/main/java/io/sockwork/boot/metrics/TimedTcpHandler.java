package io.sockwork.boot.metrics;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.sockwork.boot.handler.ForwardingTcpHandler;
import io.sockwork.boot.metrics.SockworkMeters.SocketKeyNames;
import io.sockwork.core.SocketEvent;
import io.sockwork.core.TcpHandler;
import io.sockwork.core.TcpSocket;
import org.jspecify.annotations.Nullable;

/**
 * Times every call of a listener's handler methods, by event. Costs two clock reads and a
 * timer update per event, which is why it is applied only when
 * {@code sockwork.metrics.handler-duration.enabled} is set. A handler that throws is
 * timed too. The timer of an event is registered when the event first happens, so that a
 * listener shows no series for events it never sees.
 */
final class TimedTcpHandler extends ForwardingTcpHandler {

	private final TcpHandler<Object> delegate;

	private final MeterRegistry registry;

	private final String name;

	private final AtomicReferenceArray<Timer> timers = new AtomicReferenceArray<>(SocketEvent.values().length);

	TimedTcpHandler(TcpHandler<Object> delegate, MeterRegistry registry, String name) {
		this.delegate = delegate;
		this.registry = registry;
		this.name = name;
	}

	@Override
	protected TcpHandler<Object> delegate() {
		return this.delegate;
	}

	@Override
	public void open(TcpSocket<Object> socket) {
		time(SocketEvent.OPEN, () -> super.open(socket));
	}

	@Override
	public void data(TcpSocket<Object> socket, ByteBuffer data) {
		time(SocketEvent.DATA, () -> super.data(socket, data));
	}

	@Override
	public void drain(TcpSocket<Object> socket) {
		time(SocketEvent.DRAIN, () -> super.drain(socket));
	}

	@Override
	public void close(TcpSocket<Object> socket, @Nullable Throwable error) {
		time(SocketEvent.CLOSE, () -> super.close(socket, error));
	}

	@Override
	public void error(TcpSocket<Object> socket, Throwable error) {
		time(SocketEvent.ERROR, () -> super.error(socket, error));
	}

	@Override
	public void end(TcpSocket<Object> socket) {
		time(SocketEvent.END, () -> super.end(socket));
	}

	@Override
	public void timeout(TcpSocket<Object> socket) {
		time(SocketEvent.TIMEOUT, () -> super.timeout(socket));
	}

	@Override
	public void handshake(TcpSocket<Object> socket, boolean success, @Nullable Throwable error) {
		time(SocketEvent.HANDSHAKE, () -> super.handshake(socket, success, error));
	}

	@Override
	public void connectError(TcpSocket<Object> socket, Throwable error) {
		time(SocketEvent.CONNECT_ERROR, () -> super.connectError(socket, error));
	}

	private void time(SocketEvent event, Runnable call) {
		long start = System.nanoTime();
		try {
			call.run();
		}
		finally {
			timer(event).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
		}
	}

	private Timer timer(SocketEvent event) {
		Timer timer = this.timers.get(event.ordinal());
		if (timer == null) {
			// Registering is idempotent: two threads racing here get the same timer.
			timer = Timer.builder(SockworkMeters.HANDLER_DURATION.getName())
				.description(SockworkMeters.HANDLER_DURATION.getDescription())
				.tag(SocketKeyNames.NAME.asString(), this.name)
				.tag(SocketKeyNames.TRANSPORT.asString(), TcpServerMeterBinder.TRANSPORT)
				.tag(SocketKeyNames.EVENT.asString(), SocketMeters.tagValue(event))
				.register(this.registry);
			this.timers.set(event.ordinal(), timer);
		}
		return timer;
	}

}
