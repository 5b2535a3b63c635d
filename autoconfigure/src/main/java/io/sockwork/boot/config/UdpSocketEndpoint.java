package io.sockwork.boot.config;

import io.sockwork.core.UdpHandler;
import io.sockwork.core.UdpOptions;

/**
 * A UDP socket ready to bind: its name, the method that declared it, its options, its
 * handler and what to apply once bound.
 *
 * @param name the socket's name
 * @param source the declaring method, for messages
 * @param options the engine's options
 * @param handler the handler of the socket
 * @param channelOptions the socket options and multicast groups applied once bound
 */
public record UdpSocketEndpoint(String name, String source, UdpOptions options, UdpHandler handler,
		UdpSocketSettings.ChannelOptions channelOptions) implements SocketEndpoint {

}
