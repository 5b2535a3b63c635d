package io.sockwork.boot.actuate;

import java.util.List;

import io.sockwork.boot.registry.SocketRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.util.Assert;

/**
 * The {@code sockets} endpoint: every declared listener, UDP socket and client with its
 * address, state, counts and last failure, read live from the registry. It shows no
 * payload, key or password.
 */
@Endpoint(id = "sockets")
public class SocketsEndpoint {

	private final SocketRegistry registry;

	private final SocketDescriber describer;

	/**
	 * Creates the endpoint.
	 * @param registry the registry of the application's sockets
	 */
	public SocketsEndpoint(SocketRegistry registry) {
		Assert.notNull(registry, "'registry' must not be null");
		this.registry = registry;
		this.describer = new SocketDescriber(registry);
	}

	/**
	 * Describes every listener, UDP socket and client.
	 * @return the descriptions: listeners, then UDP sockets, then clients, each in
	 * declaration order
	 */
	@ReadOperation
	public SocketsDescriptor sockets() {
		return new SocketsDescriptor(this.describer.describe((name) -> true));
	}

	/**
	 * Describes the listener, UDP socket or client of one name.
	 * @param name the name
	 * @return the description, or {@code null} when no socket has that name
	 */
	@ReadOperation
	public @Nullable SocketsDescriptor socket(@Selector String name) {
		List<SocketDescriptor> sockets = this.describer.describe(name::equals);
		return sockets.isEmpty() ? null : new SocketsDescriptor(sockets);
	}

	/**
	 * Reloads every listener, UDP socket and client, as refreshing the context does (see
	 * {@link SocketRegistry#reload()}): a socket whose change failed is left as it was
	 * and shows its {@code failure}.
	 * @return the sockets after the reload
	 */
	@WriteOperation
	public SocketsDescriptor reload() {
		this.registry.reload();
		return sockets();
	}

	/**
	 * The description of sockets.
	 *
	 * @param sockets every socket described
	 */
	public record SocketsDescriptor(List<SocketDescriptor> sockets) implements OperationResponseBody {

	}

	/**
	 * The description of one listener, client or UDP socket.
	 */
	public sealed interface SocketDescriptor permits TcpListenerDescriptor, TcpClientDescriptor, UdpSocketDescriptor {

		/**
		 * The socket's name.
		 * @return the name
		 */
		String name();

		/**
		 * The transport.
		 * @return {@code tcp} or {@code udp}
		 */
		String transport();

		/**
		 * The bound address (for a client, the server's).
		 * @return {@code host:port}, or {@code null} when not bound or connected
		 */
		@Nullable String address();

		/**
		 * The state.
		 * @return {@code listening} or {@code stopped}; for a client {@code connected},
		 * {@code connecting} or {@code stopped}
		 */
		String state();

	}

	/**
	 * The description of a TCP listener.
	 *
	 * @param name the listener's name
	 * @param transport {@code tcp}
	 * @param address the bound address as {@code host:port}, or {@code null} when not
	 * bound
	 * @param tls whether it accepts TLS, or {@code null} when not bound
	 * @param state {@code listening} or {@code stopped}
	 * @param counts its counts, or {@code null} when not bound
	 * @param failure why its last start or reload failed, or {@code null}
	 */
	public record TcpListenerDescriptor(String name, String transport, @Nullable String address, @Nullable Boolean tls,
			String state, @Nullable TcpCounts counts, @Nullable String failure) implements SocketDescriptor {

	}

	/**
	 * The description of a TCP client.
	 *
	 * @param name the client's name
	 * @param transport {@code tcp}
	 * @param address the server's address as {@code host:port}, or {@code null} while not
	 * connected
	 * @param tls whether the connection uses TLS, or {@code null} while not connected
	 * @param state {@code connected}, {@code connecting} (the server is down: it keeps
	 * trying) or {@code stopped}
	 * @param bytesWritten bytes accepted by writes on the current connection, or
	 * {@code null} while not connected
	 */
	public record TcpClientDescriptor(String name, String transport, @Nullable String address, @Nullable Boolean tls,
			String state, @Nullable Long bytesWritten) implements SocketDescriptor {

	}

	/**
	 * The counts of a TCP listener.
	 *
	 * @param connections open connections
	 * @param opened connections opened
	 * @param rejected connections closed at once at the connection limit
	 * @param proxyHeadersRejected connections closed for a missing, invalid or late PROXY
	 * protocol header
	 * @param bytesReceived bytes received
	 * @param bytesSent bytes accepted by writes
	 * @param outboundBufferedBytes bytes written and not yet taken by the kernel
	 * @param unwritableSockets sockets over their high-water mark
	 * @param writesBackpressured writes cut short by backpressure
	 * @param drains drain events
	 * @param handlerErrors exceptions thrown by handler methods
	 */
	public record TcpCounts(int connections, long opened, long rejected, long proxyHeadersRejected, long bytesReceived,
			long bytesSent, long outboundBufferedBytes, int unwritableSockets, long writesBackpressured, long drains,
			long handlerErrors) {

	}

	/**
	 * The description of a UDP socket.
	 *
	 * @param name the socket's name
	 * @param transport {@code udp}
	 * @param address the bound address as {@code host:port}, or {@code null} when not
	 * bound
	 * @param state {@code listening} or {@code stopped}
	 * @param counts its counts, or {@code null} when not bound
	 * @param failure why its last start or reload failed, or {@code null}
	 */
	public record UdpSocketDescriptor(String name, String transport, @Nullable String address, String state,
			@Nullable UdpCounts counts, @Nullable String failure) implements SocketDescriptor {

	}

	/**
	 * The counts of a UDP socket.
	 *
	 * @param datagramsReceived datagrams received
	 * @param datagramsSent datagrams sent
	 * @param datagramsDropped datagrams dropped
	 * @param bytesReceived bytes received
	 * @param bytesSent bytes sent
	 * @param sendsBackpressured sends refused by backpressure
	 * @param drains drain events
	 * @param handlerErrors exceptions thrown by handler methods
	 */
	public record UdpCounts(long datagramsReceived, long datagramsSent, long datagramsDropped, long bytesReceived,
			long bytesSent, long sendsBackpressured, long drains, long handlerErrors) {

	}

}
