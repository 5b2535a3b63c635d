package io.sockwork.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import org.springframework.core.env.Environment;

/**
 * A small blocking UDP client for tests of UDP socket handlers, bound to an ephemeral
 * port of 127.0.0.1: send a datagram to a UDP socket of the application (by name or
 * port), and await the next datagram with a timeout (5 seconds unless
 * {@linkplain #timeout(Duration) set}), which fails with an {@link AssertionError}.
 *
 * <pre class="code">
 * try (UdpTestClient client = UdpTestClient.open()) {
 *     client.send(environment, "udp-echo", "ping");
 *     assertThat(client.awaitText()).isEqualTo("ping");
 * }
 * </pre>
 */
public final class UdpTestClient implements AutoCloseable {

	private static final int MAX_DATAGRAM = 65_535;

	private final DatagramSocket socket;

	private Duration timeout = Duration.ofSeconds(5);

	private UdpTestClient(DatagramSocket socket) {
		this.socket = socket;
	}

	/**
	 * Opens a client on an ephemeral port of 127.0.0.1.
	 * @return the client
	 */
	public static UdpTestClient open() {
		try {
			return new UdpTestClient(new DatagramSocket(new InetSocketAddress(SocketPorts.LOOPBACK, 0)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not open a UDP socket on " + SocketPorts.LOOPBACK, ex);
		}
	}

	/**
	 * Sets how long each await waits.
	 * @param timeout the timeout
	 * @return this client
	 */
	public UdpTestClient timeout(Duration timeout) {
		this.timeout = timeout;
		return this;
	}

	/**
	 * Sends a datagram to a UDP socket of the application, on 127.0.0.1 and the port
	 * published as {@code local.sockwork.udp.<name>.port}.
	 * @param environment the application's environment
	 * @param name the UDP socket's name
	 * @param text the datagram's content, in UTF-8
	 * @return this client
	 */
	public UdpTestClient send(Environment environment, String name, String text) {
		return send(SocketPorts.udp(environment, name), text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Sends a datagram to a port of 127.0.0.1.
	 * @param port the port
	 * @param payload the datagram's content
	 * @return this client
	 */
	public UdpTestClient send(int port, byte[] payload) {
		try {
			this.socket
				.send(new DatagramPacket(payload, payload.length, InetAddress.getByName(SocketPorts.LOOPBACK), port));
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					"Could not send " + payload.length + " bytes to " + SocketPorts.format(SocketPorts.LOOPBACK, port),
					ex);
		}
	}

	/**
	 * Awaits the next datagram.
	 * @return its content
	 */
	public byte[] awaitDatagram() {
		DatagramPacket packet = new DatagramPacket(new byte[MAX_DATAGRAM], MAX_DATAGRAM);
		try {
			this.socket.setSoTimeout((int) Math.max(1, this.timeout.toMillis()));
			this.socket.receive(packet);
			return Arrays.copyOf(packet.getData(), packet.getLength());
		}
		catch (SocketTimeoutException ex) {
			throw new AssertionError("Expected a datagram on " + SocketPorts.format(SocketPorts.LOOPBACK, port())
					+ " within " + this.timeout.toMillis() + "ms", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					"Receiving on " + SocketPorts.format(SocketPorts.LOOPBACK, port()) + " failed", ex);
		}
	}

	/**
	 * Awaits the next datagram and decodes it as UTF-8.
	 * @return its content as text
	 */
	public String awaitText() {
		return new String(awaitDatagram(), StandardCharsets.UTF_8);
	}

	/**
	 * The port this client sends from and receives on.
	 * @return the port
	 */
	public int port() {
		return this.socket.getLocalPort();
	}

	@Override
	public void close() {
		this.socket.close();
	}

}
