package io.sockwork.sample;

import java.nio.ByteBuffer;

import io.sockwork.boot.annotation.OnDrain;
import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.core.TcpSocket;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Echoes every byte back, honouring backpressure: what {@code write} does not accept is kept in {@code socket.data},
 * reading pauses, and {@code drain} writes the rest and resumes.
 */
@Component
class EchoServer {

	@TcpListener(name = "echo")
	void echo(TcpSocket<ByteBuffer> socket, ByteBuffer data) {
		ByteBuffer pending = socket.data();
		if (pending != null) {
			// Reading was paused, but a chunk read before the pause still arrives: queue it behind the rest.
			socket.data(concat(pending, data));
			return;
		}
		socket.write(data);
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
