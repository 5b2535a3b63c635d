package io.sockwork.core;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;

/**
 * A TCP connection, with Bun's semantics. Writes never queue more than the outbound
 * buffer's high-water mark: each {@code write} returns the bytes it accepted and
 * {@link TcpHandler#drain drain} fires when more can be written. Writes made by a handler
 * running on the event loop are flushed together when the handler returns.
 *
 * @param <T> the type of the per-socket {@link #data() data}
 */
public interface TcpSocket<T> {

	/**
	 * The per-socket context (Bun's {@code socket.data}).
	 * @return the data, or {@code null} when none was set
	 */
	@Nullable T data();

	/**
	 * Sets the per-socket context.
	 * @param data the data
	 */
	void data(@Nullable T data);

	/**
	 * Writes the remaining bytes of {@code data}, as many as the outbound buffer accepts,
	 * and advances its position by that count.
	 * @param data the bytes to write
	 * @return the bytes accepted (fewer than given, possibly 0, under backpressure), or
	 * -1 once ended or closed
	 */
	int write(ByteBuffer data);

	/**
	 * Writes {@code length} bytes of {@code data} from {@code offset}, as many as the
	 * outbound buffer accepts.
	 * @param data the bytes
	 * @param offset the first byte to write
	 * @param length how many bytes to write
	 * @return the bytes accepted, or -1 once ended or closed
	 */
	int write(byte[] data, int offset, int length);

	/**
	 * Writes {@code data}, as many bytes as the outbound buffer accepts.
	 * @param data the bytes
	 * @return the bytes accepted, or -1 once ended or closed
	 */
	default int write(byte[] data) {
		return write(data, 0, data.length);
	}

	/**
	 * Writes {@code text} as UTF-8, as many bytes as the outbound buffer accepts.
	 * @param text the text
	 * @return the bytes accepted (not characters), or -1 once ended or closed
	 */
	int write(CharSequence text);

	/**
	 * Writes one frame of the listener's {@link Framing}: with its length prefix
	 * (length-prefixed), followed by its delimiter (delimiter) or by LF (lines), as is
	 * (raw and fixed; fixed frames must have the framing's length). Unlike {@code write},
	 * a frame is never cut: it is accepted whole, or not at all when it does not fit
	 * under the high-water mark while other writes are pending (then {@code drain} fires
	 * when it may be tried again).
	 * @param frame the frame's bytes, without prefix or delimiter; consumed when accepted
	 * @return the frame's bytes accepted (all of them, or 0), or -1 when the socket is
	 * closed or ended
	 * @throws IllegalArgumentException if the framing cannot carry the frame (too long
	 * for the length field, or not the fixed length)
	 */
	int writeFrame(ByteBuffer frame);

	/**
	 * Writes one frame, as {@link #writeFrame(ByteBuffer)} does.
	 * @param frame the frame's bytes, without prefix or delimiter
	 * @return the frame's bytes accepted (all of them, or 0), or -1 when the socket is
	 * closed or ended
	 */
	default int writeFrame(byte[] frame) {
		return writeFrame(ByteBuffer.wrap(frame));
	}

	/**
	 * Writes one frame of text encoded as UTF-8, as {@link #writeFrame(ByteBuffer)} does.
	 * @param frame the frame's text, without line break or delimiter
	 * @return the frame's bytes accepted (all of them, or 0), or -1 when the socket is
	 * closed or ended
	 */
	default int writeFrame(CharSequence frame) {
		return writeFrame(frame.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Runs {@code writes} and flushes what it wrote at once, in one system call where the
	 * transport can.
	 * @param writes the code that writes
	 */
	void cork(Runnable writes);

	/**
	 * Flushes what was written and not yet flushed.
	 */
	void flush();

	/**
	 * Sends FIN once everything written is out; further writes return -1. The socket
	 * reads on (what arrives still reaches {@code data}) and closes when the peer ends
	 * its side too, so that no unread byte turns the close into a reset.
	 */
	void end();

	/**
	 * Writes {@code data} (as much as is accepted), then {@link #end() ends}.
	 * @param data the last bytes
	 * @return the bytes accepted
	 */
	int end(byte[] data);

	/**
	 * Half-closes the output: the same as {@link #end()}, under Bun's other name for it.
	 */
	void shutdown();

	/**
	 * Half-closes one side (Bun's {@code shutdown(halfClose)}): {@code true} shuts the
	 * read side down, so that nothing more reaches {@code data} while writes go on;
	 * {@code false} is {@link #end()}. Every TCP channel of Netty's transports can shut
	 * its read side down; a channel that cannot throws.
	 * @param halfClose {@code true} for the read side, {@code false} for the write side
	 * @throws UnsupportedOperationException if the channel cannot shut its read side down
	 */
	void shutdown(boolean halfClose);

	/**
	 * Closes the socket once everything written is out.
	 */
	void close();

	/**
	 * Resets the connection at once: pending writes are dropped and the peer sees
	 * ECONNRESET.
	 */
	void terminate();

	/**
	 * Stops reading from the socket until {@link #resume()}.
	 */
	void pause();

	/**
	 * Resumes reading after {@link #pause()}.
	 */
	void resume();

	/**
	 * Fires {@link TcpHandler#timeout timeout} once after {@code timeout} without
	 * traffic; does not close.
	 * @param timeout the timeout; zero turns it off
	 */
	void timeout(Duration timeout);

	/**
	 * Sets TCP_NODELAY.
	 * @param noDelay whether to send small segments at once (Nagle's algorithm off)
	 * @return whether the transport applied it
	 */
	boolean setNoDelay(boolean noDelay);

	/**
	 * Sets SO_KEEPALIVE and, where the platform supports it, the idle time before the
	 * first probe.
	 * @param enable whether to send keep-alive probes
	 * @param initialDelay the idle time before the first probe (TCP_KEEPIDLE, in whole
	 * seconds, at least one), or zero for the system's default
	 * @return whether SO_KEEPALIVE was applied
	 * @throws UnsupportedOperationException if the transport cannot set TCP_KEEPIDLE on
	 * this platform (the message names the transport)
	 */
	boolean setKeepAlive(boolean enable, Duration initialDelay);

	/**
	 * Replaces the handler set of this socket only.
	 * @param handler the new handlers
	 */
	void reload(TcpHandler<T> handler);

	/**
	 * What TLS negotiated on this socket.
	 * @return the TLS details, or {@code null} for a plain socket or before the handshake
	 * completed
	 */
	@Nullable TlsInfo tls();

	/**
	 * Derives keying material from the TLS session (RFC 5705, Bun's
	 * {@code exportKeyingMaterial}). The JDK's provider exports it from Java 25 on
	 * ({@code ExtendedSSLSession.exportKeyingMaterialData}); OpenSSL through
	 * netty-tcnative does not expose it.
	 * @param length the number of bytes wanted
	 * @param label the label, such as {@code EXPERIMENTAL-my-protocol}
	 * @param context the context, or {@code null} for none
	 * @return the keying material
	 * @throws IllegalStateException if the socket has no completed TLS handshake
	 * @throws UnsupportedOperationException if the TLS provider cannot export keying
	 * material (the message says what enables it)
	 */
	byte[] exportKeyingMaterial(int length, String label, byte @Nullable [] context);

	/**
	 * Whether the socket is a TLS socket (now, or once its handshake completes).
	 * @return {@code true} for TLS
	 */
	boolean isTls();

	/**
	 * Upgrades a plain socket to TLS (STARTTLS): a socket accepted by a server takes the
	 * server side of the handshake, a client socket the client side. The socket, its data
	 * and its handlers stay; what was written before goes out in plain text.
	 * {@link TcpHandler#handshake handshake} fires when the handshake completes.
	 * @param options the TLS to use ({@link TlsOptions#server} on the server side)
	 * @return completes with this socket once the handshake succeeded
	 */
	CompletableFuture<TcpSocket<T>> upgradeTls(TlsOptions options);

	/**
	 * The server that accepted this socket (Bun's {@code socket.listener}).
	 * @return the server, or {@code null} for a client socket
	 */
	@Nullable TcpServer<T> listener();

	/**
	 * The state of the socket.
	 * @return the state
	 */
	ReadyState readyState();

	/**
	 * The number of bytes accepted by {@code write} so far.
	 * @return the count
	 */
	long bytesWritten();

	/**
	 * The number of bytes received so far and handed to {@code data} (with framing: the
	 * frames' bytes, without delimiters or length fields).
	 * @return the count
	 */
	long bytesRead();

	/**
	 * The socket's id: unique among the sockets of this process, stable for its life, for
	 * finding it again with {@link TcpServer#socket(long)}.
	 * @return the id
	 */
	long id();

	/**
	 * When the socket was opened: accepted or connected.
	 * @return the time
	 */
	Instant openedAt();

	/**
	 * The bytes written and not yet taken by the kernel.
	 * @return the byte count
	 */
	long outboundBufferedBytes();

	/**
	 * Whether reading is {@linkplain #pause() paused}.
	 * @return {@code true} between {@code pause()} and {@code resume()}
	 */
	boolean isPaused();

	/**
	 * The local address. A Unix domain socket has none: its socket file shows in
	 * {@code toString()}.
	 * @return the address, or {@code null} before the socket is bound and for a Unix
	 * domain socket
	 */
	@Nullable InetSocketAddress localAddress();

	/**
	 * The peer's address. A Unix domain socket has none: its socket file shows in
	 * {@code toString()}.
	 * @return the address, or {@code null} before the socket is connected and for a Unix
	 * domain socket
	 */
	@Nullable InetSocketAddress remoteAddress();

	/**
	 * The family of the local address (Bun's {@code localFamily}).
	 * @return {@code "IPv4"} or {@code "IPv6"}, or {@code null} when there is no address
	 */
	@Nullable String localFamily();

	/**
	 * The family of the peer's address (Bun's {@code remoteFamily}).
	 * @return {@code "IPv4"} or {@code "IPv6"}, or {@code null} when there is no address
	 */
	@Nullable String remoteFamily();

	/**
	 * The local port.
	 * @return the port, or -1 before the socket is bound and for a Unix domain socket
	 */
	default int localPort() {
		InetSocketAddress address = localAddress();
		return (address != null) ? address.getPort() : -1;
	}

	/**
	 * The peer's port.
	 * @return the port, or -1 before the socket is connected and for a Unix domain socket
	 */
	default int remotePort() {
		InetSocketAddress address = remoteAddress();
		return (address != null) ? address.getPort() : -1;
	}

}
