package io.sockwork.boot.actuate;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.core.Addresses;
import io.sockwork.core.TcpServer;
import io.sockwork.core.TcpSocket;
import io.sockwork.core.TlsInfo;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.Access;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.util.Assert;

/**
 * The {@code socketconnections} endpoint: the open connections of one listener (id,
 * remote address, age, bytes each way, outbound buffer, paused, TLS protocol; never a
 * payload), and a delete operation that closes one by id. Read-only unless
 * {@code management.endpoint.socketconnections.access=unrestricted}.
 */
@Endpoint(id = "socketconnections", defaultAccess = Access.READ_ONLY)
public class SocketConnectionsEndpoint {

	/** The most connections one read lists. */
	static final int MAX_LISTED = 1000;

	private final SocketRegistry registry;

	/**
	 * Creates the endpoint.
	 * @param registry the registry of the application's sockets
	 */
	public SocketConnectionsEndpoint(SocketRegistry registry) {
		Assert.notNull(registry, "'registry' must not be null");
		this.registry = registry;
	}

	/**
	 * Lists the open connections of a listener, the oldest {@value #MAX_LISTED} at most.
	 * @param listener the listener's name
	 * @return the connections, or {@code null} when no listener of that name is bound
	 */
	@ReadOperation
	public @Nullable ConnectionsDescriptor connections(@Selector String listener) {
		TcpServer<?> server = this.registry.server(listener);
		if (server == null) {
			return null;
		}
		Instant now = Instant.now();
		List<ConnectionDescriptor> connections = server.sockets()
			.stream()
			.limit(MAX_LISTED)
			.map((socket) -> describe(socket, now))
			.toList();
		return new ConnectionsDescriptor(listener, server.connectionCount(), connections);
	}

	/**
	 * Closes one connection of a listener at once, as {@link TcpSocket#close()} does.
	 * @param listener the listener's name
	 * @param id the connection's id
	 * @return the connection as it was, or {@code null} when the listener has no open
	 * connection of that id
	 */
	@DeleteOperation
	public @Nullable ConnectionDescriptor close(@Selector String listener, @Selector long id) {
		TcpServer<?> server = this.registry.server(listener);
		TcpSocket<?> socket = (server != null) ? server.socket(id) : null;
		if (socket == null) {
			return null;
		}
		ConnectionDescriptor closed = describe(socket, Instant.now());
		socket.close();
		return closed;
	}

	private static ConnectionDescriptor describe(TcpSocket<?> socket, Instant now) {
		InetSocketAddress remote = socket.remoteAddress();
		TlsInfo tls = socket.tls();
		return new ConnectionDescriptor(socket.id(), (remote != null) ? Addresses.format(remote) : null,
				socket.openedAt(),
				DurationStyle.SIMPLE.print(Duration.between(socket.openedAt(), now), ChronoUnit.SECONDS),
				socket.bytesRead(), socket.bytesWritten(), socket.outboundBufferedBytes(), socket.isPaused(),
				(tls != null) ? tls.protocol() : null);
	}

	/**
	 * The open connections of a listener.
	 *
	 * @param listener the listener's name
	 * @param count how many connections are open
	 * @param connections the connections listed, the oldest first, at most 1,000
	 */
	public record ConnectionsDescriptor(String listener, int count,
			List<ConnectionDescriptor> connections) implements OperationResponseBody {

	}

	/**
	 * One open connection.
	 *
	 * @param id its id, for the delete operation
	 * @param remoteAddress the peer as {@code host:port} (the client's, behind a PROXY
	 * protocol balancer), or {@code null} when unknown
	 * @param openedAt when it was accepted
	 * @param age how long it has been open, in whole seconds ({@code 42s})
	 * @param bytesRead bytes received and handed to handlers
	 * @param bytesWritten bytes accepted by writes
	 * @param outboundBufferedBytes bytes written and not yet taken by the kernel
	 * @param paused whether reading is paused
	 * @param tlsProtocol the negotiated TLS protocol, or {@code null} for plaintext or
	 * before the handshake
	 */
	public record ConnectionDescriptor(long id, @Nullable String remoteAddress, Instant openedAt, String age,
			long bytesRead, long bytesWritten, long outboundBufferedBytes, boolean paused,
			@Nullable String tlsProtocol) {

	}

}
