package io.sockwork.boot.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The TCP listeners, UDP sockets and TCP clients the annotated methods declare, as
 * resolved at one moment.
 *
 * @param listeners the TCP listener endpoints
 * @param udpSockets the UDP socket endpoints
 * @param clients the TCP client endpoints
 */
public record DeclaredEndpoints(List<TcpListenerEndpoint> listeners, List<UdpSocketEndpoint> udpSockets,
		List<TcpClientEndpoint> clients) {

	/**
	 * Every endpoint: listeners first, then UDP sockets, then clients, each in
	 * declaration order.
	 * @return the endpoints
	 */
	public List<SocketEndpoint> all() {
		List<SocketEndpoint> all = new ArrayList<>(this.listeners);
		all.addAll(this.udpSockets);
		all.addAll(this.clients);
		return all;
	}

	/**
	 * Whether nothing is declared.
	 * @return whether there are no listeners, UDP sockets or clients
	 */
	public boolean isEmpty() {
		return this.listeners.isEmpty() && this.udpSockets.isEmpty() && this.clients.isEmpty();
	}

}
