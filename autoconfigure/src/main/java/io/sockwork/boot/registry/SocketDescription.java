package io.sockwork.boot.registry;

import org.jspecify.annotations.Nullable;

/**
 * What a declared socket is now, read live from the registry: no payload, key or
 * password.
 *
 * @param name the socket's name
 * @param kind its kind
 * @param state its state
 * @param address the bound address (a client's: its server's) as {@code host:port}, or
 * {@code null} when not bound or connected
 * @param tls whether it uses TLS, or {@code null} when not bound or connected
 * @param required whether the application's health depends on it: always for listeners
 * and UDP sockets, for clients when configured
 * @param failure why the last start or reload of this socket failed, or {@code null} when
 * it succeeded
 */
public record SocketDescription(String name, SocketKind kind, SocketState state, @Nullable String address,
		@Nullable Boolean tls, boolean required, @Nullable String failure) {

}
