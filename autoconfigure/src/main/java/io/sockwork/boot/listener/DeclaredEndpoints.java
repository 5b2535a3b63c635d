package io.sockwork.boot.listener;

import java.util.List;

/**
 * The TCP listeners and UDP sockets the annotated methods declare, as resolved at one moment.
 *
 * @param listeners the TCP listener endpoints
 * @param udpSockets the UDP socket endpoints
 */
record DeclaredEndpoints(List<TcpListenerEndpoint> listeners, List<UdpSocketEndpoint> udpSockets) {

}
