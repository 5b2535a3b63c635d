package io.sockwork.boot.autoconfigure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A blocking TCP client for tests, with a read timeout so that a missing reply fails the test instead of hanging.
 * Public so that the tests of other packages share it.
 */
public final class TestClient implements AutoCloseable {

	private final Socket socket;

	private final BufferedReader reader;

	public TestClient(int port) {
		try {
			this.socket = new Socket();
			this.socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
			this.socket.setSoTimeout(5000);
			this.reader = new BufferedReader(new InputStreamReader(this.socket.getInputStream(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public TestClient send(String text) {
		try {
			this.socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
			this.socket.getOutputStream().flush();
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String readLine() {
		try {
			return this.reader.readLine();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads until the peer closes.
	 */
	public String readToEnd() {
		try {
			StringBuilder text = new StringBuilder();
			char[] chunk = new char[1024];
			int read;
			while ((read = this.reader.read(chunk)) != -1) {
				text.append(chunk, 0, read);
			}
			return text.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads exactly {@code length} bytes, bypassing the line reader.
	 */
	public byte[] readBytes(int length) {
		try {
			return this.socket.getInputStream().readNBytes(length);
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
