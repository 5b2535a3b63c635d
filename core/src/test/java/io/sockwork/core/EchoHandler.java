package io.sockwork.core;

import java.nio.ByteBuffer;

/**
 * The echo server of Bun's guide, as the README shows it: one handler for every socket,
 * writes the chunk back.
 */
final class EchoHandler implements TcpHandler<Void> {

	@Override
	public void data(TcpSocket<Void> socket, ByteBuffer data) {
		socket.write(data);
	}

}
