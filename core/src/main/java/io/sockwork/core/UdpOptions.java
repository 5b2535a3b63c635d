package io.sockwork.core;

import org.jspecify.annotations.Nullable;

/**
 * Options of {@link SocketEngine#udpSocket}, as Bun's {@code Bun.udpSocket} options.
 *
 * @param host the address to bind, or {@code null} for every interface; an IPv4 literal
 * (such as {@code 0.0.0.0}) opens an IPv4 socket, an IPv6 literal an IPv6 one,
 * {@code null} the system's default (dual-stack where available)
 * @param port the port, 0 for an ephemeral one
 * @param connectHost the peer of a connected socket, or {@code null} for an unconnected
 * one; a connected socket sends to its peer only and receives its peer's datagrams only
 * @param connectPort the peer's port, 0 when not connected
 * @param receiveBufferSize the kernel's receive buffer (SO_RCVBUF) in bytes, 0 for the
 * system's default
 * @param maxDatagramSize the largest datagram sent or received in bytes; larger ones are
 * refused or dropped
 * @param waterMarks the outbound buffer limits: {@code send} returns {@code false} over
 * the high-water mark
 */
public record UdpOptions(@Nullable String host, int port, @Nullable String connectHost, int connectPort,
		int receiveBufferSize, int maxDatagramSize, WaterMarks waterMarks) {

	/**
	 * The largest UDP payload over IPv4 (65,535 minus the IP and UDP headers), Bun's
	 * limit too.
	 */
	public static final int MAX_DATAGRAM_SIZE = 65_507;

	/**
	 * The default outbound buffer limits, 64 KiB and 256 KiB: room for a few datagrams of
	 * the largest size, where TCP's 64 KiB high-water mark would refuse the send after
	 * one.
	 */
	public static final WaterMarks DEFAULT_WATER_MARKS = new WaterMarks(64 * 1024, 256 * 1024);

	/**
	 * Validates the options.
	 */
	public UdpOptions {
		Ports.check(port);
		if (connectHost != null) {
			Ports.checkPeer("connectPort", connectPort, " with a 'connectHost'");
		}
		else if (connectPort != 0) {
			throw new IllegalArgumentException("'connectPort' needs a 'connectHost', was " + connectPort);
		}
		if (receiveBufferSize < 0) {
			throw new IllegalArgumentException("'receiveBufferSize' must not be negative, was " + receiveBufferSize);
		}
		if (maxDatagramSize < 1 || maxDatagramSize > MAX_DATAGRAM_SIZE) {
			throw new IllegalArgumentException(
					"'maxDatagramSize' must be between 1 and " + MAX_DATAGRAM_SIZE + ", was " + maxDatagramSize);
		}
		if (waterMarks == null) {
			throw new IllegalArgumentException("'waterMarks' must not be null");
		}
	}

	/**
	 * Options to bind {@code port} of every interface, unconnected, with defaults for the
	 * rest.
	 * @param port the port, 0 for an ephemeral one
	 * @return the options
	 */
	public static UdpOptions port(int port) {
		return new UdpOptions(null, port, null, 0, 0, MAX_DATAGRAM_SIZE, DEFAULT_WATER_MARKS);
	}

	/**
	 * Returns a copy bound to {@code host}.
	 * @param host the address to bind, or {@code null} for every interface
	 * @return the new options
	 */
	public UdpOptions withHost(@Nullable String host) {
		return new UdpOptions(host, this.port, this.connectHost, this.connectPort, this.receiveBufferSize,
				this.maxDatagramSize, this.waterMarks);
	}

	/**
	 * Returns a copy connected to a peer (Bun's {@code connect: {hostname, port}}).
	 * @param host the peer's address
	 * @param port the peer's port
	 * @return the new options
	 */
	public UdpOptions withConnect(String host, int port) {
		if (host == null) {
			throw new IllegalArgumentException("'host' must not be null");
		}
		return new UdpOptions(this.host, this.port, host, port, this.receiveBufferSize, this.maxDatagramSize,
				this.waterMarks);
	}

	/**
	 * Returns a copy with the given kernel receive buffer size.
	 * @param receiveBufferSize SO_RCVBUF in bytes, 0 for the default
	 * @return the new options
	 */
	public UdpOptions withReceiveBufferSize(int receiveBufferSize) {
		return new UdpOptions(this.host, this.port, this.connectHost, this.connectPort, receiveBufferSize,
				this.maxDatagramSize, this.waterMarks);
	}

	/**
	 * Returns a copy with the given datagram size limit.
	 * @param maxDatagramSize the largest datagram in bytes, at most
	 * {@link #MAX_DATAGRAM_SIZE}
	 * @return the new options
	 */
	public UdpOptions withMaxDatagramSize(int maxDatagramSize) {
		return new UdpOptions(this.host, this.port, this.connectHost, this.connectPort, this.receiveBufferSize,
				maxDatagramSize, this.waterMarks);
	}

	/**
	 * Returns a copy with the given outbound buffer limits.
	 * @param waterMarks the limits
	 * @return the new options
	 */
	public UdpOptions withWaterMarks(WaterMarks waterMarks) {
		return new UdpOptions(this.host, this.port, this.connectHost, this.connectPort, this.receiveBufferSize,
				this.maxDatagramSize, waterMarks);
	}

}
