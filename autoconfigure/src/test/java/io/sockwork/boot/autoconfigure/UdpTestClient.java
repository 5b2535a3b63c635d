package io.sockwork.boot.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.StandardSocketOptions;
import java.nio.charset.StandardCharsets;

/**
 * A blocking UDP client on 127.0.0.1 for tests, with a receive timeout so that a missing
 * reply fails the test instead of hanging. Multicast datagrams it sends leave through the
 * loopback interface and loop back.
 */
final class UdpTestClient implements AutoCloseable {

	private static final String LOOPBACK = "127.0.0.1";

	private final DatagramSocket socket;

	UdpTestClient() {
		try {
			this.socket = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0));
			this.socket.setSoTimeout(5000);
			this.socket.setOption(StandardSocketOptions.IP_MULTICAST_IF,
					NetworkInterface.getByInetAddress(InetAddress.getByName(LOOPBACK)));
			this.socket.setOption(StandardSocketOptions.IP_MULTICAST_LOOP, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Sends a datagram of UTF-8 text to 127.0.0.1.
	 */
	UdpTestClient send(String text, int port) {
		return send(text, LOOPBACK, port);
	}

	/**
	 * Sends a datagram of UTF-8 text, to a multicast group for example.
	 */
	UdpTestClient send(String text, String address, int port) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		try {
			this.socket.send(new DatagramPacket(bytes, bytes.length, new InetSocketAddress(address, port)));
			return this;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Receives one datagram as UTF-8 text.
	 */
	String receive() {
		DatagramPacket packet = new DatagramPacket(new byte[65_535], 65_535);
		try {
			this.socket.receive(packet);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
	}

	int port() {
		return this.socket.getLocalPort();
	}

	@Override
	public void close() {
		this.socket.close();
	}

}
