package io.sockwork.core;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link UdpHandler} for tests: records datagrams as UTF-8 text, errors and drains.
 */
class Recorder implements UdpHandler {

	final List<String> received = new CopyOnWriteArrayList<>();

	final List<InetSocketAddress> senders = new CopyOnWriteArrayList<>();

	final List<Throwable> errors = new CopyOnWriteArrayList<>();

	final AtomicInteger drains = new AtomicInteger();

	@Override
	public void data(UdpChannel channel, ByteBuffer datagram, InetSocketAddress sender) {
		this.received.add(text(datagram));
		this.senders.add(sender);
	}

	@Override
	public void drain(UdpChannel channel) {
		this.drains.incrementAndGet();
	}

	@Override
	public void error(UdpChannel channel, Throwable error) {
		this.errors.add(error);
	}

	static String text(ByteBuffer datagram) {
		return StandardCharsets.UTF_8.decode(datagram.duplicate()).toString();
	}

}
