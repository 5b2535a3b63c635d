package io.sockwork.core;

import java.lang.reflect.Constructor;

import io.netty.channel.ChannelException;
import io.netty.channel.ChannelFactory;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.SocketProtocolFamily;
import org.jspecify.annotations.Nullable;

/**
 * Creates the transport's datagram channels for one protocol family. The family matters
 * for multicast: an IPv4 group is best joined, and IP_MULTICAST_IF best set, on a socket
 * opened as IPv4.
 */
final class DatagramChannelFactory implements ChannelFactory<DatagramChannel> {

	private final Constructor<? extends DatagramChannel> constructor;

	private final @Nullable SocketProtocolFamily family;

	DatagramChannelFactory(Class<? extends DatagramChannel> type, @Nullable SocketProtocolFamily family) {
		try {
			this.constructor = (family != null) ? type.getConstructor(SocketProtocolFamily.class)
					: type.getConstructor();
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(type.getName() + " cannot be opened for protocol family " + family, ex);
		}
		this.family = family;
	}

	@Override
	public DatagramChannel newChannel() {
		try {
			return (this.family != null) ? this.constructor.newInstance(this.family) : this.constructor.newInstance();
		}
		catch (ReflectiveOperationException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			throw new ChannelException("Could not open a " + this.constructor.getDeclaringClass().getSimpleName()
					+ " for protocol family " + this.family, cause);
		}
	}

}
