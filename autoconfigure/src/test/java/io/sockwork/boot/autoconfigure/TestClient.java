package io.sockwork.boot.autoconfigure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

/**
 * A blocking TCP or TLS client for tests, with a read timeout so that a missing reply
 * fails the test instead of hanging. Public so that the tests of other packages share it.
 */
public final class TestClient implements AutoCloseable {

	private final Socket socket;

	private final BufferedReader reader;

	public TestClient(int port) {
		this(connect(port));
	}

	private TestClient(Socket socket) {
		try {
			this.socket = socket;
			this.socket.setSoTimeout(5000);
			this.reader = new BufferedReader(
					new InputStreamReader(this.socket.getInputStream(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Connects with TLS and completes the handshake.
	 * @param alpn the ALPN protocols to offer, none for no ALPN
	 */
	static TestClient tls(int port, SSLContext context, String... alpn) {
		Socket plain = connect(port);
		try {
			SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(plain, "localhost", port, true);
			socket.setSoTimeout(5000);
			SSLParameters parameters = socket.getSSLParameters();
			parameters.setApplicationProtocols(alpn);
			socket.setSSLParameters(parameters);
			socket.startHandshake();
			return new TestClient(socket);
		}
		catch (IOException ex) {
			close(plain);
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A port that was free a moment ago.
	 */
	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Socket connect(int port) {
		Socket socket = new Socket();
		try {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
			return socket;
		}
		catch (IOException ex) {
			close(socket);
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The TLS session of a client made by {@link #tls}.
	 */
	SSLSession session() {
		return ((SSLSocket) this.socket).getSession();
	}

	/**
	 * The ALPN protocol agreed on by a client made by {@link #tls}, empty for none.
	 */
	String applicationProtocol() {
		return ((SSLSocket) this.socket).getApplicationProtocol();
	}

	/**
	 * Sends {@code bytes} and tells whether the peer then closed or reset the connection
	 * (within the read timeout).
	 */
	boolean isClosedByPeerAfter(byte[] bytes) {
		try {
			this.socket.getOutputStream().write(bytes);
			this.socket.getOutputStream().flush();
			while (this.socket.getInputStream().read() != -1) {
				// Whatever the server answers (a TLS alert) until it closes.
			}
			return true;
		}
		catch (SocketTimeoutException ex) {
			return false;
		}
		catch (IOException ex) {
			// A reset is a close too.
			return true;
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
		close(this.socket);
	}

	private static void close(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
