package io.sockwork.sample;

import java.nio.ByteBuffer;

import io.sockwork.boot.annotation.OnClose;
import io.sockwork.boot.annotation.OnDrain;
import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.core.TcpSocket;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Echoes every byte back, honouring backpressure: what {@code write} does not accept is
 * kept in {@code socket.data}, reading pauses, and {@code drain} writes the rest and
 * resumes.
 */
@Component
class EchoServer {

	private static final Logger logger = LoggerFactory.getLogger(EchoServer.class);

	@TcpListener(name = "echo")
	void echo(TcpSocket<ByteBuffer> socket, ByteBuffer data) {
		ByteBuffer pending = socket.data();
		if (pending != null) {
			// Reading was paused, but a chunk read before the pause still arrives: queue
			// it behind the rest.
			socket.data(concat(pending, data));
			return;
		}
		if (socket.write(data) < 0) {
			return; // ended: nothing more goes out
		}
		if (data.hasRemaining()) {
			socket.data(copy(data));
			socket.pause();
		}
	}

	@OnDrain("echo")
	void drain(TcpSocket<ByteBuffer> socket) {
		ByteBuffer pending = socket.data();
		if (pending == null) {
			return;
		}
		socket.write(pending);
		if (!pending.hasRemaining()) {
			socket.data(null);
			socket.resume();
		}
	}

	@OnClose("echo")
	void close(TcpSocket<ByteBuffer> socket) {
		logger.debug("Echo connection from {} closed after {} bytes echoed", socket.remoteAddress(),
				socket.bytesWritten());
	}

	private static ByteBuffer copy(ByteBuffer data) {
		return ByteBuffer.allocate(data.remaining()).put(data).flip();
	}

	private static ByteBuffer concat(@Nullable ByteBuffer first, ByteBuffer second) {
		int size = ((first != null) ? first.remaining() : 0) + second.remaining();
		ByteBuffer joined = ByteBuffer.allocate(size);
		if (first != null) {
			joined.put(first);
		}
		return joined.put(second).flip();
	}

}
