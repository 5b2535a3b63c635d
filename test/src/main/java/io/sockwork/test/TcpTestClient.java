package io.sockwork.test;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import javax.net.ssl.SSLSocket;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.core.env.Environment;

/**
 * A small blocking TCP client for tests of socket handlers: connect by listener name or
 * port, in plaintext or TLS from an {@link SslBundle}, send bytes, lines or frames, and
 * await a line, bytes, a frame or the end of the stream. Every await fails with an
 * {@link AssertionError} naming what was expected and what had arrived when the timeout
 * (5 seconds unless {@linkplain #timeout(Duration) set}) is over. Not thread-safe: one
 * test thread uses it.
 *
 * <pre class="code">
 * try (TcpTestClient client = TcpTestClient.connect(environment, "echo")) {
 *     client.sendLine("hello");
 *     assertThat(client.awaitLine()).isEqualTo("hello");
 * }
 * </pre>
 */
public final class TcpTestClient implements AutoCloseable {

	private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

	private final Socket socket;

	private final InputStream in;

	private long receivedBytes;

	private byte[] pending = new byte[0];

	private Duration timeout = DEFAULT_TIMEOUT;

	private TcpTestClient(Socket socket) throws IOException {
		this.socket = socket;
		this.in = socket.getInputStream();
	}

	/**
	 * Connects in plaintext to a listener of the application, on 127.0.0.1 and the port
	 * published as {@code local.sockwork.tcp.<name>.port}.
	 * @param environment the application's environment
	 * @param listener the listener's name
	 * @return the connected client
	 */
	public static TcpTestClient connect(Environment environment, String listener) {
		return connect(SocketPorts.LOOPBACK, SocketPorts.tcp(environment, listener));
	}

	/**
	 * Connects over TLS to a listener of the application, trusting what {@code bundle}
	 * trusts (and presenting its key, if it has one).
	 * @param environment the application's environment
	 * @param listener the listener's name
	 * @param bundle the SSL bundle whose context the client uses
	 * @return the connected client, after the handshake
	 */
	public static TcpTestClient connect(Environment environment, String listener, SslBundle bundle) {
		return connect(SocketPorts.LOOPBACK, SocketPorts.tcp(environment, listener), bundle);
	}

	/**
	 * Connects in plaintext.
	 * @param host the host
	 * @param port the port
	 * @return the connected client
	 */
	public static TcpTestClient connect(String host, int port) {
		try {
			Socket socket = new Socket();
			socket.connect(new InetSocketAddress(host, port), (int) DEFAULT_TIMEOUT.toMillis());
			return new TcpTestClient(socket);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not connect to " + SocketPorts.format(host, port), ex);
		}
	}

	/**
	 * Connects over TLS, trusting what {@code bundle} trusts (and presenting its key, if
	 * it has one). The host name is not verified against the certificate.
	 * @param host the host
	 * @param port the port
	 * @param bundle the SSL bundle whose context the client uses
	 * @return the connected client, after the handshake
	 */
	public static TcpTestClient connect(String host, int port, SslBundle bundle) {
		TcpTestClient plain = connect(host, port);
		try {
			SSLSocket tls = (SSLSocket) bundle.createSslContext()
				.getSocketFactory()
				.createSocket(plain.socket, host, port, true);
			tls.setSoTimeout((int) DEFAULT_TIMEOUT.toMillis());
			tls.startHandshake();
			return new TcpTestClient(tls);
		}
		catch (IOException ex) {
			plain.close();
			throw new UncheckedIOException("TLS handshake with " + SocketPorts.format(host, port) + " failed", ex);
		}
	}

	/**
	 * Sets how long each await waits.
	 * @param timeout the timeout
	 * @return this client
	 */
	public TcpTestClient timeout(Duration timeout) {
		this.timeout = timeout;
		return this;
	}

	/**
	 * Sends bytes.
	 * @param bytes the bytes
	 * @return this client
	 */
	public TcpTestClient send(byte[] bytes) {
		try {
			this.socket.getOutputStream().write(bytes);
			this.socket.getOutputStream().flush();
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not send " + bytes.length + " bytes to " + peer(), ex);
		}
	}

	/**
	 * Sends text in UTF-8.
	 * @param text the text
	 * @return this client
	 */
	public TcpTestClient send(String text) {
		return send(text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Sends a line: the text in UTF-8 and {@code \n}.
	 * @param line the line, without its end
	 * @return this client
	 */
	public TcpTestClient sendLine(String line) {
		return send(line + "\n");
	}

	/**
	 * Sends a frame of length-prefixed framing with its default length field: four bytes,
	 * big-endian.
	 * @param frame the frame's content
	 * @return this client
	 */
	public TcpTestClient sendFrame(byte[] frame) {
		return send(ByteBuffer.allocate(4 + frame.length).putInt(frame.length).put(frame).array());
	}

	/**
	 * Awaits the next line (up to {@code \n}, without {@code \r\n} or {@code \n}), in
	 * UTF-8.
	 * @return the line
	 */
	public String awaitLine() {
		long deadline = deadline();
		while (true) {
			for (int i = 0; i < this.pending.length; i++) {
				if (this.pending[i] == '\n') {
					int end = (i > 0 && this.pending[i - 1] == '\r') ? i - 1 : i;
					String line = new String(this.pending, 0, end, StandardCharsets.UTF_8);
					take(i + 1);
					return line;
				}
			}
			readMore("a line", deadline);
		}
	}

	/**
	 * Awaits exactly {@code count} bytes.
	 * @param count how many bytes
	 * @return the bytes
	 */
	public byte[] awaitBytes(int count) {
		long deadline = deadline();
		while (this.pending.length < count) {
			readMore(count + " bytes", deadline);
		}
		return take(count);
	}

	/**
	 * Awaits a frame of length-prefixed framing with a four-byte big-endian length field.
	 * @return the frame's content
	 */
	public byte[] awaitFrame() {
		int length = ByteBuffer.wrap(awaitBytes(4)).getInt();
		return awaitBytes(length);
	}

	/**
	 * Awaits the end of the stream: the server ended or closed the connection. Bytes that
	 * arrive before it are kept for the next await.
	 */
	public void awaitClosed() {
		long deadline = deadline();
		try {
			while (true) {
				readMore("the end of the stream", deadline);
			}
		}
		catch (ClosedByPeer ex) {
			// Expected.
		}
	}

	/**
	 * The underlying socket, for what this client does not wrap (the TLS session, socket
	 * options, a half-close).
	 * @return the socket
	 */
	public Socket socket() {
		return this.socket;
	}

	@Override
	public void close() {
		try {
			this.socket.close();
		}
		catch (IOException ex) {
			// Nothing left to do.
		}
	}

	private long deadline() {
		return System.nanoTime() + this.timeout.toNanos();
	}

	private void readMore(String expected, long deadline) {
		byte[] buffer = new byte[8192];
		try {
			int remaining = (int) Math.max(1, Duration.ofNanos(deadline - System.nanoTime()).toMillis());
			this.socket.setSoTimeout(remaining);
			int read = this.in.read(buffer);
			if (read < 0) {
				throw new ClosedByPeer(
						"Expected " + expected + " from " + peer() + " but the stream ended" + receivedSoFar());
			}
			this.receivedBytes += read;
			byte[] joined = Arrays.copyOf(this.pending, this.pending.length + read);
			System.arraycopy(buffer, 0, joined, this.pending.length, read);
			this.pending = joined;
		}
		catch (SocketTimeoutException ex) {
			throw new AssertionError("Expected " + expected + " from " + peer() + " within " + this.timeout.toMillis()
					+ "ms" + receivedSoFar(), ex);
		}
		catch (EOFException ex) {
			throw new ClosedByPeer("Expected " + expected + " from " + peer() + " but the stream ended");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Reading from " + peer() + " failed", ex);
		}
	}

	private byte[] take(int count) {
		byte[] taken = Arrays.copyOf(this.pending, count);
		this.pending = Arrays.copyOfRange(this.pending, count, this.pending.length);
		return taken;
	}

	private String receivedSoFar() {
		return "; received " + this.receivedBytes + " bytes in all, " + this.pending.length + " not yet taken";
	}

	private String peer() {
		return SocketPorts.format(this.socket.getInetAddress().getHostAddress(), this.socket.getPort());
	}

	/**
	 * The stream ended while an await expected more.
	 */
	private static final class ClosedByPeer extends AssertionError {

		private static final long serialVersionUID = 1L;

		ClosedByPeer(String message) {
			super(message);
		}

	}

}
