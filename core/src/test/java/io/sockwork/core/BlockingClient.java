package io.sockwork.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A plain blocking client for tests, independent of the engine under test; every read
 * times out.
 */
final class BlockingClient implements AutoCloseable {

	private final Socket socket;

	BlockingClient(int port) {
		try {
			this.socket = new Socket();
			this.socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
			this.socket.setSoTimeout(10_000);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Socket socket() {
		return this.socket;
	}

	BlockingClient send(String text) {
		return send(text.getBytes(StandardCharsets.UTF_8));
	}

	BlockingClient send(byte[] bytes) {
		try {
			this.socket.getOutputStream().write(bytes);
			this.socket.getOutputStream().flush();
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String readString(int length) {
		return new String(readBytes(length), StandardCharsets.UTF_8);
	}

	byte[] readBytes(int length) {
		try {
			return this.socket.getInputStream().readNBytes(length);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads until the peer closes its side.
	 */
	byte[] readToEnd() {
		try {
			InputStream in = this.socket.getInputStream();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			in.transferTo(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int read(byte[] buffer) {
		try {
			return this.socket.getInputStream().read(buffer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void shutdownOutput() {
		try {
			this.socket.shutdownOutput();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.socket.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
