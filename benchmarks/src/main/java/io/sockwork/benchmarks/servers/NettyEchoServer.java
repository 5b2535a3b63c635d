package io.sockwork.benchmarks.servers;

import java.net.InetSocketAddress;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.epoll.EpollDatagramChannel;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.uring.IoUringDatagramChannel;
import io.netty.channel.uring.IoUringIoHandler;
import io.netty.channel.uring.IoUringServerSocketChannel;
import org.jspecify.annotations.Nullable;

/**
 * A TCP and UDP echo server written directly on Netty, on NIO, epoll or io_uring: the
 * ceiling of Sockwork's engine on the same transport. Writes on read, flushes on
 * read-complete, and stops reading while the channel is not writable.
 */
public final class NettyEchoServer implements AutoCloseable {

	private final EventLoopGroup group;

	private final @Nullable Channel tcp;

	private final @Nullable Channel udp;

	/**
	 * Binds the echo server on 127.0.0.1.
	 * @param args the ports (-1 to skip one, 0 for an ephemeral one) and thread count
	 */
	public NettyEchoServer(ServerArgs args) {
		Transport transport = Transport.of(args.transport());
		this.group = new MultiThreadIoEventLoopGroup(args.threads(), transport.ioHandlerFactory());
		this.tcp = (args.tcpPort() < 0) ? null
				: new ServerBootstrap().group(this.group)
					.channel(transport.serverChannel())
					.childOption(ChannelOption.TCP_NODELAY, true)
					.childHandler(TcpEcho.INSTANCE)
					.bind("127.0.0.1", args.tcpPort())
					.syncUninterruptibly()
					.channel();
		this.udp = (args.udpPort() < 0) ? null
				: new Bootstrap().group(this.group)
					.channel(transport.datagramChannel())
					.handler(new UdpEcho())
					.bind("127.0.0.1", args.udpPort())
					.syncUninterruptibly()
					.channel();
	}

	/**
	 * The bound TCP port.
	 * @return the port
	 */
	public int tcpPort() {
		Channel tcp = this.tcp;
		if (tcp == null) {
			throw new IllegalStateException("TCP is not bound: it was started with a TCP port of -1");
		}
		return ((InetSocketAddress) tcp.localAddress()).getPort();
	}

	/**
	 * The bound UDP port.
	 * @return the port
	 */
	public int udpPort() {
		Channel udp = this.udp;
		if (udp == null) {
			throw new IllegalStateException("UDP is not bound: it was started with a UDP port of -1");
		}
		return ((InetSocketAddress) udp.localAddress()).getPort();
	}

	@Override
	public void close() {
		this.group.shutdownGracefully().syncUninterruptibly();
	}

	/**
	 * Starts the echo server and blocks until the process is killed.
	 * @param args
	 * {@code --tcp-port=N --udp-port=N --threads=N --transport=nio|epoll|io_uring}
	 */
	public static void main(String[] args) {
		NettyEchoServer server = new NettyEchoServer(ServerArgs.parse(args));
		Runtime.getRuntime().addShutdownHook(new Thread(server::close));
		System.out.println("Netty echo on " + ServerArgs.parse(args));
		server.group.terminationFuture().syncUninterruptibly();
	}

	/**
	 * The I/O handler and channel classes of one transport.
	 */
	private record Transport(IoHandlerFactory ioHandlerFactory, Class<? extends ServerChannel> serverChannel,
			Class<? extends DatagramChannel> datagramChannel) {

		static Transport of(String name) {
			return switch (name) {
				case "nio" ->
					new Transport(NioIoHandler.newFactory(), NioServerSocketChannel.class, NioDatagramChannel.class);
				case "epoll" -> new Transport(EpollIoHandler.newFactory(), EpollServerSocketChannel.class,
						EpollDatagramChannel.class);
				case "io_uring" -> new Transport(IoUringIoHandler.newFactory(), IoUringServerSocketChannel.class,
						IoUringDatagramChannel.class);
				default ->
					throw new IllegalArgumentException("Unknown --transport=" + name + ": nio, epoll or io_uring");
			};
		}

	}

	@Sharable
	static final class TcpEcho extends ChannelInboundHandlerAdapter {

		static final TcpEcho INSTANCE = new TcpEcho();

		@Override
		public void channelRead(ChannelHandlerContext ctx, Object msg) {
			ctx.write(msg, ctx.voidPromise());
		}

		@Override
		public void channelReadComplete(ChannelHandlerContext ctx) {
			ctx.flush();
			if (!ctx.channel().isWritable()) {
				ctx.channel().config().setAutoRead(false);
			}
		}

		@Override
		public void channelWritabilityChanged(ChannelHandlerContext ctx) {
			ctx.channel().config().setAutoRead(ctx.channel().isWritable());
		}

		@Override
		public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
			ctx.close();
		}

	}

	static final class UdpEcho extends SimpleChannelInboundHandler<DatagramPacket> {

		UdpEcho() {
			super(false);
		}

		@Override
		protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
			ByteBuf content = packet.content();
			ctx.write(new DatagramPacket(content, packet.sender()), ctx.voidPromise());
		}

		@Override
		public void channelReadComplete(ChannelHandlerContext ctx) {
			ctx.flush();
		}

		@Override
		public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
			// one bad datagram must not stop the socket
		}

	}

}
