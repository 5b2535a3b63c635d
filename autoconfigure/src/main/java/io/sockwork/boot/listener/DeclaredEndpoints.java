package io.sockwork.boot.listener;

import java.util.List;

/**
 * The TCP listeners, UDP sockets and TCP clients the annotated methods declare, as
 * resolved at one moment.
 *
 * @param listeners the TCP listener endpoints
 * @param udpSockets the UDP socket endpoints
 * @param clients the TCP client endpoints
 */
record DeclaredEndpoints(List<TcpListenerEndpoint> listeners, List<UdpSocketEndpoint> udpSockets,
		List<TcpClientEndpoint> clients) {

	boolean isEmpty() {
		return this.listeners.isEmpty() && this.udpSockets.isEmpty() && this.clients.isEmpty();
	}

}
