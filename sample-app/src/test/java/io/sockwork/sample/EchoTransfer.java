package io.sockwork.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A transfer through the sample's {@code echo} that the server ends: the client sends
 * more than the kernel buffers hold and reads slowly (a small receive window), so the
 * echo pauses with its outbound buffer full; once the server ends the connection, what
 * arrived must be exactly the first bytes sent.
 */
final class EchoTransfer implements AutoCloseable {

	private final byte[] sent = new byte[32 * 1024 * 1024];

	private final Socket socket = new Socket();

	private final Thread writer;

	private EchoTransfer(int port) throws IOException {
		new Random(7).nextBytes(this.sent);
		this.socket.setReceiveBufferSize(4096);
		this.socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
		this.socket.setSoTimeout(30_000);
		this.writer = new Thread(this::write);
		this.writer.setDaemon(true);
		this.writer.start();
	}

	/**
	 * Connects to an echo on 127.0.0.1 and starts sending; returns once the first echoed
	 * bytes are back.
	 * @param port the port of the echo (or of a balancer in front of it)
	 * @return the transfer, under way
	 * @throws IOException if the connection fails
	 */
	static EchoTransfer start(int port) throws IOException {
		EchoTransfer transfer = new EchoTransfer(port);
		await().atMost(Duration.ofSeconds(30)).until(() -> transfer.socket.getInputStream().available() > 0);
		return transfer;
	}

	/**
	 * The client's socket.
	 * @return the socket
	 */
	Socket socket() {
		return this.socket;
	}

	/**
	 * Reads until the server's FIN and checks that the bytes received are the first bytes
	 * sent, more than the kernel buffers would hold.
	 * @return how many bytes came back
	 * @throws IOException if the connection fails instead of ending
	 */
	int awaitEnd() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.socket.getInputStream().transferTo(out);
		byte[] received = out.toByteArray();
		assertThat(received.length).isGreaterThan(64 * 1024);
		assertThat(Arrays.equals(received, 0, received.length, this.sent, 0, received.length))
			.as("the %d bytes received are exactly the first bytes sent", received.length)
			.isTrue();
		return received.length;
	}

	private void write() {
		try {
			this.socket.getOutputStream().write(this.sent);
		}
		catch (IOException ex) {
			// The server stops reading and closes: the rest is not sent, and that is
			// expected.
		}
	}

	/**
	 * Closes the socket and waits for the writer to give up.
	 */
	@Override
	public void close() throws IOException, InterruptedException {
		this.socket.close();
		this.writer.join(10_000);
	}

}
