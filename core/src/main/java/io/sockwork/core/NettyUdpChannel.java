package io.sockwork.core;

import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.util.List;
import java.util.function.Supplier;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.Channel;
import io.netty.channel.ChannelException;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.DatagramPacket;
import io.netty.util.AttributeKey;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link UdpChannel} of one Netty datagram channel. Handler calls and the flush
 * policy live here: sends made by a handler on the event loop are flushed once the read
 * loop or the handler is done, other sends at once.
 */
final class NettyUdpChannel implements UdpChannel {

	static final AttributeKey<NettyUdpChannel> KEY = AttributeKey.valueOf(NettyUdpChannel.class, "udp");

	private static final Logger logger = LoggerFactory.getLogger(NettyUdpChannel.class);

	private final DatagramChannel channel;

	private final Transport transport;

	private final int maxDatagramSize;

	private final UdpStats stats = new UdpStats();

	private final WriteBatch batch;

	private final MulticastMemberships memberships;

	private volatile UdpHandler handler;

	private volatile @Nullable InetSocketAddress localAddress;

	private volatile @Nullable InetSocketAddress peer;

	NettyUdpChannel(DatagramChannel channel, UdpHandler handler, Transport transport, int maxDatagramSize) {
		this.channel = channel;
		this.handler = handler;
		this.transport = transport;
		this.maxDatagramSize = maxDatagramSize;
		this.batch = new WriteBatch(channel);
		this.memberships = new MulticastMemberships(channel);
	}

	static NettyUdpChannel of(Channel channel) {
		return channel.attr(KEY).get();
	}

	DatagramChannel channel() {
		return this.channel;
	}

	// ---- life cycle, called by SocketEngine

	void bound() {
		this.localAddress = this.channel.localAddress();
	}

	void connected() {
		this.peer = this.channel.remoteAddress();
	}

	void start() {
		this.channel.config().setAutoRead(true);
	}

	// ---- events, called on the event loop by UdpEventBridge

	void received(DatagramPacket packet) {
		ByteBuf content = packet.content();
		int size = content.readableBytes();
		InetSocketAddress sender = packet.sender();
		if (size > this.maxDatagramSize) {
			// The receive buffer holds one byte more than the limit, so a bigger datagram
			// shows up truncated here.
			this.stats.dropped();
			failed(new UdpSocketException("Dropped a datagram from " + Addresses.format(sender)
					+ ": it is larger than the maximum of " + this.maxDatagramSize + " bytes"));
			return;
		}
		InetSocketAddress connectedPeer = this.peer;
		if (connectedPeer != null && !connectedPeer.equals(sender)) {
			// Queued before connect(): the kernel filters the rest.
			this.stats.dropped();
			return;
		}
		this.stats.received(size);
		ReceivedView received = ReceivedView.current();
		ByteBuffer view = received.open(content);
		try {
			dispatch(SocketEvent.DATA, view, sender, null);
		}
		finally {
			received.close();
		}
	}

	void readComplete() {
		this.batch.flushIfPending();
	}

	void writabilityChanged() {
		if (this.batch.drainDue() >= 0) {
			this.stats.drained();
			dispatch(SocketEvent.DRAIN, null, null, null);
		}
	}

	/**
	 * Reports an error to the handler; the socket stays open.
	 */
	void failed(Throwable cause) {
		Fatal.rethrow(cause);
		dispatch(SocketEvent.ERROR, null, null, cause);
	}

	/**
	 * Calls the handler. What it sends is flushed when the outermost call returns, or for
	 * data when the read burst completes.
	 */
	@SuppressWarnings("NullAway") // DATA comes with data and sender, ERROR with an error
	private void dispatch(SocketEvent event, @Nullable ByteBuffer data, @Nullable InetSocketAddress sender,
			@Nullable Throwable error) {
		this.batch.enter();
		try {
			switch (event) {
				case DATA -> this.handler.data(this, data, sender);
				case DRAIN -> this.handler.drain(this);
				case ERROR -> reportError(error);
				default -> throw new IllegalArgumentException("Not dispatched here: " + event);
			}
		}
		catch (Throwable ex) {
			Fatal.rethrow(ex);
			this.stats.handlerFailed();
			reportError(ex);
		}
		finally {
			this.batch.exit();
		}
		if (event != SocketEvent.DATA) {
			this.batch.flushIfOutermost();
		}
	}

	private void reportError(Throwable error) {
		try {
			this.handler.error(this, error);
		}
		catch (Throwable nested) {
			Fatal.rethrow(nested);
			this.stats.handlerFailed();
			nested.addSuppressed(error);
			logger.warn("The error handler of {} threw", this, nested);
		}
	}

	// ---- sends

	@Override
	public boolean send(byte[] data, int port, String address) {
		return send(ByteBuffer.wrap(data), port, address);
	}

	@Override
	public boolean send(ByteBuffer data, int port, String address) {
		return send(data, recipient(port, address));
	}

	@Override
	public boolean send(ByteBuffer data, InetSocketAddress recipient) {
		if (recipient == null || recipient.isUnresolved()) {
			throw new IllegalArgumentException(
					"The recipient " + Addresses.format(recipient) + " must be a resolved address");
		}
		return sendBytes(data, checkPeer(recipient));
	}

	@Override
	public boolean send(CharSequence data, int port, String address) {
		return sendText(data, recipient(port, address));
	}

	@Override
	public boolean send(byte[] data) {
		return send(ByteBuffer.wrap(data));
	}

	@Override
	public boolean send(ByteBuffer data) {
		return sendBytes(data, requirePeer());
	}

	@Override
	public boolean send(CharSequence data) {
		return sendText(data, requirePeer());
	}

	private boolean sendBytes(ByteBuffer data, InetSocketAddress recipient) {
		if (!accept(data.remaining())) {
			return false;
		}
		write(payload(data), recipient);
		flushOrDefer();
		return true;
	}

	private boolean sendText(CharSequence data, InetSocketAddress recipient) {
		int size = ByteBufUtil.utf8Bytes(data);
		if (!accept(size)) {
			return false;
		}
		ByteBuf buf = this.channel.alloc().ioBuffer(size);
		ByteBufUtil.writeUtf8(buf, data);
		write(buf, recipient);
		flushOrDefer();
		return true;
	}

	@Override
	public int sendMany(List<Datagram> datagrams) {
		if (datagrams == null) {
			throw new IllegalArgumentException("'datagrams' must not be null");
		}
		InetSocketAddress[] recipients = new InetSocketAddress[datagrams.size()];
		for (int i = 0; i < recipients.length; i++) {
			Datagram datagram = datagrams.get(i);
			if (datagram == null) {
				throw new IllegalArgumentException("'datagrams' must not hold null, found at index " + i);
			}
			recipients[i] = (datagram.address() != null) ? recipient(datagram.port(), datagram.address())
					: requirePeer();
			checkSize(datagram.data().remaining());
		}
		ensureOpen();
		int sent = 0;
		for (Datagram datagram : datagrams) {
			if (!writable()) {
				break;
			}
			write(payload(datagram.data()), recipients[sent]);
			sent++;
		}
		if (sent > 0) {
			flushOrDefer();
		}
		return sent;
	}

	private InetSocketAddress recipient(int port, String address) {
		return checkPeer(UdpAddresses.recipient(port, address));
	}

	private InetSocketAddress checkPeer(InetSocketAddress recipient) {
		InetSocketAddress connectedPeer = this.peer;
		if (connectedPeer != null && !connectedPeer.equals(recipient)) {
			throw new IllegalArgumentException("This UDP socket is connected to " + Addresses.format(connectedPeer)
					+ " and sends to it only, not to " + Addresses.format(recipient));
		}
		return recipient;
	}

	private InetSocketAddress requirePeer() {
		InetSocketAddress connectedPeer = this.peer;
		if (connectedPeer == null) {
			throw new IllegalStateException(
					"This UDP socket is not connected: give the recipient's port and IP address");
		}
		return connectedPeer;
	}

	private void checkSize(int size) {
		if (size > this.maxDatagramSize) {
			throw new IllegalArgumentException("A datagram of " + size + " bytes is larger than the maximum of "
					+ this.maxDatagramSize + " bytes");
		}
	}

	// Not Channel.isActive(): on NIO that asks the JDK channel whether it is bound, under
	// its state lock, on every send. A UDP socket is bound before it is handed out.
	private void ensureOpen() {
		if (isClosed()) {
			throw new IllegalStateException("UDP socket " + Addresses.format(this.localAddress) + " is closed");
		}
	}

	/**
	 * Checks a datagram of {@code size} bytes and the socket, then whether the outbound
	 * buffer takes it.
	 */
	private boolean accept(int size) {
		checkSize(size);
		ensureOpen();
		return writable();
	}

	/**
	 * Whether the outbound buffer is under its high-water mark; if not, counts the
	 * refusal and asks for a drain.
	 */
	private boolean writable() {
		if (this.channel.isWritable()) {
			return true;
		}
		this.stats.backpressured();
		onEventLoop(this::requestDrain);
		return false;
	}

	private void requestDrain() {
		this.batch.requestDrain(this::writabilityChanged);
	}

	/**
	 * The bytes of a payload, its position left unchanged: the received datagram itself
	 * when a handler sends back the view it was given, else a copy.
	 */
	private ByteBuf payload(ByteBuffer data) {
		int size = data.remaining();
		if (this.channel.eventLoop().inEventLoop()) {
			ByteBuf received = ReceivedView.current().datagram(data);
			if (received != null) {
				return received;
			}
		}
		int position = data.position();
		ByteBuf buf = this.channel.alloc().ioBuffer(size);
		buf.writeBytes(data);
		data.position(position);
		return buf;
	}

	private void write(ByteBuf payload, InetSocketAddress recipient) {
		if (!payload.isReadable()) {
			// Netty's transports skip empty writes: it would never reach the wire.
			payload.release();
			this.stats.dropped();
			logger.debug("{} dropped a zero-length datagram to {}: it cannot be sent", this, recipient);
			return;
		}
		// A connected channel sends a bare buffer to its peer.
		Object message = (this.peer != null) ? payload : new DatagramPacket(payload, recipient);
		this.stats.sent(payload.readableBytes(), this.channel.eventLoop().inEventLoop());
		// A failed send reaches UdpEventBridge.exceptionCaught: no promise per datagram.
		this.channel.write(message, this.channel.voidPromise());
	}

	private void flushOrDefer() {
		if (this.channel.eventLoop().inEventLoop() && this.batch.inHandler()) {
			this.batch.flushLater();
		}
		else {
			this.channel.flush();
		}
	}

	/**
	 * A send or a receive failed: a datagram was lost. Sends still queued when the socket
	 * closed are dropped silently.
	 */
	void transportFailed(Throwable cause) {
		this.stats.dropped();
		if (!(cause instanceof ClosedChannelException && !this.channel.isOpen())) {
			failed(cause);
		}
	}

	private void onEventLoop(Runnable task) {
		EventLoops.run(this.channel.eventLoop(), task);
	}

	// ---- options

	@Override
	public void setBroadcast(boolean broadcast) {
		apply(ChannelOption.SO_BROADCAST, broadcast, "SO_BROADCAST");
	}

	@Override
	public void setTtl(int ttl) {
		if (ttl < 1 || ttl > 255) {
			throw new IllegalArgumentException("'ttl' must be between 1 and 255, was " + ttl);
		}
		if (this.transport == Transport.NIO) {
			throw new UnsupportedOperationException("setTtl needs a native transport: Java's NIO has no unicast TTL"
					+ " option for datagram channels. Add io.netty:netty-transport-native-epoll or"
					+ " io.netty:netty-transport-native-io_uring (classifier linux-x86_64 or linux-aarch_64) to the"
					+ " classpath and use transport AUTO, EPOLL or IO_URING. setMulticastTtl works on every transport");
		}
		if (isIpv6()) {
			apply(UnixTtlOptions.IPV6_HOPS, ttl, "IPV6_UNICAST_HOPS");
			try {
				// A dual-stack socket sends IPv4 datagrams too.
				this.channel.config().setOption(UnixTtlOptions.IPV4_TTL, ttl);
			}
			catch (ChannelException ex) {
				logger.debug("IP_TTL not applied to IPv6 socket {}", this, ex);
			}
			return;
		}
		apply(UnixTtlOptions.IPV4_TTL, ttl, "IP_TTL");
	}

	@Override
	public void setMulticastTtl(int ttl) {
		if (ttl < 0 || ttl > 255) {
			throw new IllegalArgumentException("'ttl' must be between 0 and 255, was " + ttl);
		}
		apply(ChannelOption.IP_MULTICAST_TTL, ttl, "IP_MULTICAST_TTL");
	}

	@Override
	public void setMulticastLoopback(boolean loopback) {
		apply(ChannelOption.IP_MULTICAST_LOOP_DISABLED, !loopback, "IP_MULTICAST_LOOP");
	}

	@Override
	public void setMulticastInterface(String addressOrInterfaceName) {
		NetworkInterface networkInterface = UdpAddresses.networkInterface(addressOrInterfaceName);
		apply(ChannelOption.IP_MULTICAST_IF, networkInterface,
				"IP_MULTICAST_IF to interface " + networkInterface.getName());
	}

	private <V> void apply(ChannelOption<V> option, V value, String name) {
		boolean applied;
		try {
			applied = this.channel.config().setOption(option, value);
		}
		catch (ChannelException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			throw new UdpSocketException("Could not set " + name + " (" + value + ") on " + this, cause);
		}
		if (!applied) {
			throw new UnsupportedOperationException(name + " is not supported by the " + this.transport + " transport");
		}
	}

	private boolean isIpv6() {
		InetSocketAddress local = this.localAddress;
		return local != null && local.getAddress() instanceof Inet6Address;
	}

	// ---- multicast

	@Override
	public void addMembership(String group, @Nullable String networkInterface) {
		this.memberships.join(null, group, networkInterface, this.localAddress);
	}

	@Override
	public void dropMembership(String group, @Nullable String networkInterface) {
		this.memberships.leave(null, group, networkInterface, this.localAddress);
	}

	@Override
	public void addSourceSpecificMembership(String source, String group, @Nullable String networkInterface) {
		this.memberships.join(UdpAddresses.literal("source", source), group, networkInterface, this.localAddress);
	}

	@Override
	public void dropSourceSpecificMembership(String source, String group, @Nullable String networkInterface) {
		this.memberships.leave(UdpAddresses.literal("source", source), group, networkInterface, this.localAddress);
	}

	// ---- state

	@Override
	public void close() {
		ChannelRelease.close(this.channel);
	}

	@Override
	public boolean isClosed() {
		return !this.channel.isOpen();
	}

	@Override
	public int port() {
		return address().getPort();
	}

	@Override
	public InetSocketAddress address() {
		InetSocketAddress local = this.localAddress;
		if (local == null) {
			throw new IllegalStateException("UDP socket is not bound yet");
		}
		return local;
	}

	@Override
	public @Nullable InetSocketAddress remoteAddress() {
		return this.peer;
	}

	@Override
	public <A> A attachment(Supplier<A> ifAbsent) {
		return Attachment.get(this.channel, ifAbsent);
	}

	@Override
	public void countDropped() {
		this.stats.dropped();
	}

	@Override
	public void countHandlerError() {
		this.stats.handlerFailed();
	}

	@Override
	public void reload(UdpHandler handler) {
		if (handler == null) {
			throw new IllegalArgumentException("'handler' must not be null");
		}
		this.handler = handler;
	}

	@Override
	public UdpStats stats() {
		return this.stats;
	}

	@Override
	public String toString() {
		InetSocketAddress connectedPeer = this.peer;
		return "UdpChannel[" + Addresses.format(this.localAddress)
				+ ((connectedPeer != null) ? " -> " + Addresses.format(connectedPeer) : "")
				+ (isClosed() ? ", closed" : "") + "]";
	}

}
