package io.sockwork.core;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.netty.channel.ChannelOption;
import io.netty.channel.MaxMessagesRecvByteBufAllocator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

/**
 * UDP sockets over loopback (IPv4 and IPv6): datagrams echo with their content, sends to
 * a resolved or literal recipient, {@code sendMany} in order, backpressure with
 * {@code drain}, connected sockets, the datagram size limit, bind failures, handler
 * errors that leave the socket serving, handler reload, socket options, and stats that
 * count sends from any thread.
 */
class UdpChannelTests {

	private final SocketEngine engine = new SocketEngine(new EngineOptions(2, Transport.NIO));

	private final List<AutoCloseable> closeables = new ArrayList<>();

	@AfterEach
	void close() throws Exception {
		for (AutoCloseable closeable : this.closeables) {
			closeable.close();
		}
		this.engine.close();
	}

	private UdpChannel open(UdpOptions options, UdpHandler handler) {
		UdpChannel channel = this.engine.udpSocket(options, handler).join();
		this.closeables.add(channel);
		return channel;
	}

	private DatagramSocket jdkSocket(String host) throws Exception {
		DatagramSocket socket = new DatagramSocket(new InetSocketAddress(host, 0));
		socket.setSoTimeout(5000);
		this.closeables.add(socket);
		return socket;
	}

	private static UdpHandler echo(String prefix) {
		return new UdpHandler() {
			@Override
			public void data(UdpChannel channel, ByteBuffer datagram, InetSocketAddress sender) {
				channel.send(prefix + Recorder.text(datagram), sender.getPort(), sender.getAddress().getHostAddress());
			}
		};
	}

	@Test
	void echoesDatagramsOverIpv4WithTheirContent() {
		echoesDatagrams("127.0.0.1");
	}

	@Test
	void echoesDatagramsOverIpv6WithTheirContent() {
		echoesDatagrams("::1");
	}

	private void echoesDatagrams(String host) {
		UdpChannel server = open(UdpOptions.port(0).withHost(host), echo("echo:"));
		Recorder recorder = new Recorder();
		UdpChannel client = open(UdpOptions.port(0).withHost(host), recorder);
		assertThat(server.address().getAddress().getHostAddress())
			.isEqualTo(new InetSocketAddress(host, 0).getAddress().getHostAddress());
		assertThat(client.send("héllo", server.port(), host)).isTrue();
		assertThat(client.send("wörld".getBytes(StandardCharsets.UTF_8), server.port(), host)).isTrue();
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(recorder.received).containsExactly("echo:héllo", "echo:wörld"));
		assertThat(recorder.senders).allSatisfy((sender) -> assertThat(sender).isEqualTo(server.address()));
		assertThat(server.stats().datagramsReceived()).isEqualTo(2);
		assertThat(server.stats().bytesReceived()).isEqualTo("héllo".getBytes(StandardCharsets.UTF_8).length * 2);
		assertThat(server.stats().datagramsSent()).isEqualTo(2);
		assertThat(recorder.errors).isEmpty();
	}

	@Test
	void statsCountSendsFromTheEventLoopAndFromOtherThreadsAlike() {
		UdpChannel server = open(UdpOptions.port(0).withHost("127.0.0.1"), echo(""));
		UdpChannel client = open(UdpOptions.port(0).withHost("127.0.0.1"), new Recorder());
		int perThread = 5_000;
		// The server sends from two other threads, and its echoes of the client's
		// datagrams on its event loop, all at once.
		List<CompletableFuture<Void>> senders = List.of(
				CompletableFuture.runAsync(() -> sendTexts(server, client.port(), perThread)),
				CompletableFuture.runAsync(() -> sendTexts(server, client.port(), perThread)),
				CompletableFuture.runAsync(() -> sendTexts(client, server.port(), perThread)));
		CompletableFuture.allOf(senders.toArray(CompletableFuture[]::new)).join();
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			UdpStats stats = server.stats();
			assertThat(stats.datagramsReceived()).isPositive();
			assertThat(stats.datagramsSent()).isEqualTo(2L * perThread + stats.datagramsReceived());
			assertThat(stats.bytesSent()).isEqualTo(2L * perThread + stats.bytesReceived());
		});
	}

	private static void sendTexts(UdpChannel from, int port, int count) {
		for (int i = 0; i < count; i++) {
			if (!from.send("x", port, "127.0.0.1")) {
				// Refused by backpressure, and not counted: retry until accepted.
				await().atMost(Duration.ofSeconds(5))
					.pollInterval(Duration.ofMillis(1))
					.until(() -> from.send("x", port, "127.0.0.1"));
			}
		}
	}

	@Test
	void socketBoundToEveryInterfaceReceivesOnLoopbackOfBothFamilies() {
		Recorder recorder = new Recorder();
		UdpChannel server = open(UdpOptions.port(0), recorder);
		UdpChannel ipv4 = open(UdpOptions.port(0).withHost("127.0.0.1"), new Recorder());
		UdpChannel ipv6 = open(UdpOptions.port(0).withHost("::1"), new Recorder());
		assertThat(server.address().getAddress().isAnyLocalAddress()).isTrue();
		ipv4.send("over IPv4", server.port(), "127.0.0.1");
		await().untilAsserted(() -> assertThat(recorder.received).containsExactly("over IPv4"));
		ipv6.send("over IPv6", server.port(), "::1");
		await().untilAsserted(() -> assertThat(recorder.received).containsExactly("over IPv4", "over IPv6"));
	}

	@Test
	void readsUpToSixteenDatagramsPerWakeUpLikeNettysDatagramChannels() {
		NettyUdpChannel channel = (NettyUdpChannel) open(UdpOptions.port(0).withHost("127.0.0.1"), new Recorder());
		MaxMessagesRecvByteBufAllocator allocator = channel.channel().config().getRecvByteBufAllocator();
		assertThat(allocator.maxMessagesPerRead()).isEqualTo(16);
	}

	@Test
	void theViewSentBackTwiceAndInPartGoesOutAsSeen() {
		// The whole view goes back as the received buffer itself, a part of it as a
		// slice;
		// the leak detector (paranoid in these tests) checks that every one is released.
		UdpChannel server = open(UdpOptions.port(0).withHost("127.0.0.1"), new UdpHandler() {
			@Override
			public void data(UdpChannel channel, ByteBuffer datagram, InetSocketAddress sender) {
				channel.send(datagram, sender);
				channel.send(datagram, sender);
				datagram.position(5);
				channel.send(datagram, sender);
			}
		});
		Recorder recorder = new Recorder();
		UdpChannel client = open(UdpOptions.port(0).withHost("127.0.0.1"), recorder);
		client.send("back to me", server.port(), "127.0.0.1");
		await().untilAsserted(() -> assertThat(recorder.received).containsExactly("back to me", "back to me", "to me"));
	}

	@Test
	void repliesToTheSenderAddressAsGivenAndRefusesAnUnresolvedOne() {
		UdpChannel server = open(UdpOptions.port(0).withHost("127.0.0.1"), new UdpHandler() {
			@Override
			public void data(UdpChannel channel, ByteBuffer datagram, InetSocketAddress sender) {
				channel.send(datagram, sender);
			}
		});
		Recorder recorder = new Recorder();
		UdpChannel client = open(UdpOptions.port(0).withHost("127.0.0.1"), recorder);
		client.send("back to me", server.port(), "127.0.0.1");
		await().untilAsserted(() -> assertThat(recorder.received).containsExactly("back to me"));
		assertThatThrownBy(
				() -> client.send(ByteBuffer.allocate(1), InetSocketAddress.createUnresolved("localhost", 9)))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("must be a resolved address");
	}

	@Test
	void sendsDatagramsOfAByteBufferWithoutChangingIt() {
		Recorder recorder = new Recorder();
		UdpChannel receiver = open(UdpOptions.port(0).withHost("127.0.0.1"), recorder);
		UdpChannel sender = open(UdpOptions.port(0).withHost("127.0.0.1"), new Recorder());
		ByteBuffer data = ByteBuffer.wrap("xxpayload".getBytes(StandardCharsets.UTF_8)).position(2);
		assertThat(sender.send(data, receiver.port(), "127.0.0.1")).isTrue();
		await().untilAsserted(() -> assertThat(recorder.received).containsExactly("payload"));
		assertThat(data.position()).isEqualTo(2);
	}

	@Test
	void sendManySendsEveryDatagramInOrderToEachRecipient() {
		Recorder first = new Recorder();
		Recorder second = new Recorder();
		UdpChannel one = open(UdpOptions.port(0).withHost("127.0.0.1"), first);
		UdpChannel two = open(UdpOptions.port(0).withHost("127.0.0.1"), second);
		UdpChannel sender = open(UdpOptions.port(0).withHost("127.0.0.1"), new Recorder());
		int sent = sender.sendMany(List.of(Datagram.of("a", one.port(), "127.0.0.1"),
				Datagram.of("b", two.port(), "127.0.0.1"), Datagram.of("c".getBytes(), one.port(), "127.0.0.1")));
		assertThat(sent).isEqualTo(3);
		await().untilAsserted(() -> {
			assertThat(first.received).containsExactly("a", "c");
			assertThat(second.received).containsExactly("b");
		});
		assertThat(sender.stats().datagramsSent()).isEqualTo(3);
	}

	@Test
	void sendManyChecksEveryDatagramBeforeSendingAny() {
		Recorder recorder = new Recorder();
		UdpChannel receiver = open(UdpOptions.port(0).withHost("127.0.0.1"), recorder);
		UdpChannel sender = open(UdpOptions.port(0).withHost("127.0.0.1"), new Recorder());
		assertThatIllegalArgumentException().isThrownBy(() -> sender.sendMany(List
			.of(Datagram.of("a", receiver.port(), "127.0.0.1"), Datagram.of("b", receiver.port(), "example.com"))))
			.withMessageContaining("example.com");
		assertThat(sender.stats().datagramsSent()).isZero();
	}

	@Test
	void sendManyStopsAtTheHighWaterMarkAndDrainFiresOnceItCanSendAgain() throws Exception {
		Recorder receiverRecorder = new Recorder();
		UdpChannel receiver = open(UdpOptions.port(0).withHost("127.0.0.1"), receiverRecorder);
		Recorder senderRecorder = new Recorder();
		UdpChannel sender = open(UdpOptions.port(0).withHost("127.0.0.1").withWaterMarks(new WaterMarks(1, 1)),
				senderRecorder);
		List<Datagram> datagrams = List.of(Datagram.of("1", receiver.port(), "127.0.0.1"),
				Datagram.of("2", receiver.port(), "127.0.0.1"), Datagram.of("3", receiver.port(), "127.0.0.1"));
		// On the event loop nothing flushes between two datagrams of one sendMany, so the
		// outcome is exact.
		int sent = ((NettyUdpChannel) sender).channel()
			.eventLoop()
			.submit(() -> sender.sendMany(datagrams))
			.get(5, TimeUnit.SECONDS);
		assertThat(sent).isEqualTo(1);
		await().untilAsserted(() -> assertThat(senderRecorder.drains).hasValue(1));
		assertThat(sender.stats().sendsBackpressured()).isEqualTo(1);
		assertThat(sender.stats().drains()).isEqualTo(1);
		assertThat(sender.send("4", receiver.port(), "127.0.0.1")).isTrue();
		await().untilAsserted(() -> assertThat(receiverRecorder.received).containsExactly("1", "4"));
	}

	@Test
	void sendReturnsFalseOverTheHighWaterMarkAndDrainLetsTheHandlerResume() {
		Recorder receiverRecorder = new Recorder();
		UdpChannel receiver = open(UdpOptions.port(0).withHost("127.0.0.1"), receiverRecorder);
		List<Boolean> outcomes = new java.util.concurrent.CopyOnWriteArrayList<>();
		UdpChannel replier = open(UdpOptions.port(0).withHost("127.0.0.1").withWaterMarks(new WaterMarks(1, 1)),
				new UdpHandler() {
					@Override
					public void data(UdpChannel channel, ByteBuffer datagram, InetSocketAddress sender) {
						// Sends made by a handler are flushed after it returns, so the
						// second finds the buffer full.
						outcomes.add(channel.send("first", receiver.port(), "127.0.0.1"));
						outcomes.add(channel.send("second", receiver.port(), "127.0.0.1"));
					}

					@Override
					public void drain(UdpChannel channel) {
						outcomes.add(channel.send("resumed", receiver.port(), "127.0.0.1"));
					}
				});
		receiver.send("go", replier.port(), "127.0.0.1");
		await().untilAsserted(() -> assertThat(receiverRecorder.received).containsExactly("first", "resumed"));
		assertThat(outcomes).containsExactly(true, false, true);
		assertThat(replier.stats().sendsBackpressured()).isEqualTo(1);
	}

	@Test
	void connectedSocketSendsToItsPeerAndReceivesOnlyItsPeersDatagrams() throws Exception {
		DatagramSocket peer = jdkSocket("127.0.0.1");
		DatagramSocket intruder = jdkSocket("127.0.0.1");
		Recorder recorder = new Recorder();
		UdpChannel connected = open(
				UdpOptions.port(0).withHost("127.0.0.1").withConnect("127.0.0.1", peer.getLocalPort()), recorder);
		assertThat(connected.remoteAddress()).isEqualTo(peer.getLocalSocketAddress());

		assertThat(connected.send("to peer")).isTrue();
		DatagramPacket packet = new DatagramPacket(new byte[100], 100);
		peer.receive(packet);
		assertThat(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8)).isEqualTo("to peer");
		assertThat(packet.getPort()).isEqualTo(connected.port());

		// Blocking JDK sends reach the kernel in this order: were the intruder's let
		// through, it would come first.
		byte[] intrusion = "intruder".getBytes(StandardCharsets.UTF_8);
		intruder.send(new DatagramPacket(intrusion, intrusion.length, connected.address()));
		byte[] marker = "from peer".getBytes(StandardCharsets.UTF_8);
		peer.send(new DatagramPacket(marker, marker.length, connected.address()));
		await().untilAsserted(() -> assertThat(recorder.received).contains("from peer"));
		assertThat(recorder.received).containsExactly("from peer");
	}

	@Test
	void connectedSocketRefusesAnotherRecipientAndUnconnectedSocketNeedsOne() throws Exception {
		DatagramSocket peer = jdkSocket("127.0.0.1");
		UdpChannel connected = open(
				UdpOptions.port(0).withHost("127.0.0.1").withConnect("127.0.0.1", peer.getLocalPort()), new Recorder());
		assertThatIllegalArgumentException().isThrownBy(() -> connected.send("x", peer.getLocalPort() + 1, "127.0.0.1"))
			.withMessageContaining("connected to");
		assertThat(connected.send("x", peer.getLocalPort(), "127.0.0.1")).isTrue();
		UdpChannel unconnected = open(UdpOptions.port(0).withHost("127.0.0.1"), new Recorder());
		assertThat(unconnected.remoteAddress()).isNull();
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> unconnected.send("x"))
			.withMessageContaining("not connected");
	}

	@Test
	void portUnreachableOnAConnectedSocketReachesErrorWithoutClosingIt() throws Exception {
		DatagramSocket closed = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0));
		int closedPort = closed.getLocalPort();
		closed.close();
		Recorder recorder = new Recorder();
		UdpChannel connected = open(UdpOptions.port(0).withHost("127.0.0.1").withConnect("127.0.0.1", closedPort),
				recorder);
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			connected.send("anyone there?");
			assertThat(recorder.errors).hasAtLeastOneElementOfType(PortUnreachableException.class);
		});
		assertThat(connected.isClosed()).isFalse();
		assertThat(connected.send("still open")).isTrue();
	}

	@Test
	void datagramOverTheLimitIsRefusedNamingSizeAndLimitAndTheSocketKeepsServing() {
		UdpChannel server = open(UdpOptions.port(0).withHost("127.0.0.1"), echo(""));
		Recorder recorder = new Recorder();
		UdpChannel client = open(UdpOptions.port(0).withHost("127.0.0.1"), recorder);
		assertThatIllegalArgumentException().isThrownBy(() -> client.send(new byte[65_508], server.port(), "127.0.0.1"))
			.withMessageContaining("65508 bytes")
			.withMessageContaining("maximum of 65507 bytes");
		assertThat(client.send(new byte[65_507], server.port(), "127.0.0.1")).isTrue();
		assertThat(client.send("after", server.port(), "127.0.0.1")).isTrue();
		await().untilAsserted(() -> assertThat(recorder.received).hasSize(2).last().isEqualTo("after"));
		assertThat(client.stats().bytesReceived()).isEqualTo(65_507 + 5);
	}

	@Test
	void configuredLimitRefusesLargerSendsAndDropsLargerDatagramsReceived() throws Exception {
		Recorder recorder = new Recorder();
		UdpChannel limited = open(UdpOptions.port(0).withHost("127.0.0.1").withMaxDatagramSize(100), recorder);
		assertThatIllegalArgumentException().isThrownBy(() -> limited.send(new byte[101], 9, "127.0.0.1"))
			.withMessageContaining("101 bytes")
			.withMessageContaining("maximum of 100 bytes");
		DatagramSocket sender = jdkSocket("127.0.0.1");
		sender.send(new DatagramPacket(new byte[200], 200, limited.address()));
		sender.send(new DatagramPacket("fits".getBytes(), 4, limited.address()));
		await().untilAsserted(() -> assertThat(recorder.received).containsExactly("fits"));
		assertThat(recorder.errors).singleElement()
			.isInstanceOf(UdpSocketException.class)
			.extracting(Throwable::getMessage)
			.asString()
			.contains("larger than the maximum of 100 bytes");
		assertThat(limited.stats().datagramsDropped()).isEqualTo(1);
	}

	@Test
	void aZeroLengthDatagramIsReceivedButItsEchoCountsAsDroppedNotAsSent() throws Exception {
		UdpChannel server = open(UdpOptions.port(0).withHost("127.0.0.1"), echo(""));
		DatagramSocket client = jdkSocket("127.0.0.1");
		client.send(new DatagramPacket(new byte[0], 0, server.address()));
		client.send(new DatagramPacket("after".getBytes(), 5, server.address()));
		DatagramPacket reply = new DatagramPacket(new byte[64], 64);
		client.receive(reply);
		assertThat(new String(reply.getData(), 0, reply.getLength())).isEqualTo("after");
		assertThat(server.stats().datagramsReceived()).isEqualTo(2);
		assertThat(server.stats().datagramsSent()).isEqualTo(1);
		assertThat(server.stats().datagramsDropped()).isEqualTo(1);
	}

	@Test
	void addressThatIsNotAnIpLiteralIsRefusedWithoutALookup() {
		UdpChannel channel = open(UdpOptions.port(0).withHost("127.0.0.1"), new Recorder());
		assertThatIllegalArgumentException().isThrownBy(() -> channel.send("x", 9, "localhost"))
			.withMessageContaining("IP address literal")
			.withMessageContaining("'localhost'");
		assertThatIllegalArgumentException().isThrownBy(() -> channel.send("x", 0, "127.0.0.1"))
			.withMessageContaining("'port'");
		assertThat(channel.isClosed()).isFalse();
	}

	@Test
	void bindFailureCompletesExceptionallyWithSocketBindException() throws Exception {
		DatagramSocket taken = jdkSocket("127.0.0.1");
		CompletableFuture<UdpChannel> future = this.engine
			.udpSocket(UdpOptions.port(taken.getLocalPort()).withHost("127.0.0.1"), new Recorder());
		assertThat(future).failsWithin(Duration.ofSeconds(5))
			.withThrowableOfType(java.util.concurrent.ExecutionException.class)
			.havingCause()
			.isInstanceOfSatisfying(SocketBindException.class, (ex) -> {
				assertThat(ex.getMessage()).contains("UDP").contains("127.0.0.1:" + taken.getLocalPort());
				assertThat(ex.isAddressInUse()).isTrue();
				assertThat(ex.port()).isEqualTo(taken.getLocalPort());
			});
	}

	@Test
	void handlerExceptionsReachErrorAndAThrowingErrorHandlerDoesNotCloseTheSocket() throws Exception {
		List<String> received = new java.util.concurrent.CopyOnWriteArrayList<>();
		List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
		UdpChannel channel = open(UdpOptions.port(0).withHost("127.0.0.1"), new UdpHandler() {
			@Override
			public void data(UdpChannel channel, ByteBuffer datagram, InetSocketAddress sender) {
				String text = Recorder.text(datagram);
				if (text.equals("bad")) {
					throw new IllegalStateException("bad datagram");
				}
				received.add(text);
			}

			@Override
			public void error(UdpChannel channel, Throwable error) {
				errors.add(error);
				throw new IllegalStateException("error handler failed too");
			}
		});
		DatagramSocket sender = jdkSocket("127.0.0.1");
		for (String text : Arrays.asList("bad", "good")) {
			sender.send(new DatagramPacket(text.getBytes(), text.length(), channel.address()));
		}
		await().untilAsserted(() -> assertThat(received).containsExactly("good"));
		assertThat(errors).singleElement().extracting(Throwable::getMessage).isEqualTo("bad datagram");
		assertThat(channel.stats().handlerErrors()).isEqualTo(2);
		assertThat(channel.isClosed()).isFalse();
	}

	@Test
	void reloadSwapsTheHandlerAndKeepsThePort() {
		UdpChannel server = open(UdpOptions.port(0).withHost("127.0.0.1"), echo("v1:"));
		int port = server.port();
		Recorder recorder = new Recorder();
		UdpChannel client = open(UdpOptions.port(0).withHost("127.0.0.1"), recorder);
		client.send("a", port, "127.0.0.1");
		await().untilAsserted(() -> assertThat(recorder.received).containsExactly("v1:a"));
		server.reload(echo("v2:"));
		client.send("b", port, "127.0.0.1");
		await().untilAsserted(() -> assertThat(recorder.received).containsExactly("v1:a", "v2:b"));
		assertThat(server.port()).isEqualTo(port);
	}

	@Test
	void broadcastAndMulticastSettersAreApplied() {
		UdpChannel channel = open(UdpOptions.port(0).withHost("0.0.0.0"), new Recorder());
		io.netty.channel.socket.DatagramChannel netty = ((NettyUdpChannel) channel).channel();
		channel.setBroadcast(true);
		assertThat(netty.config().getOption(ChannelOption.SO_BROADCAST)).isTrue();
		channel.setMulticastTtl(7);
		assertThat(netty.config().getOption(ChannelOption.IP_MULTICAST_TTL)).isEqualTo(7);
		channel.setMulticastLoopback(false);
		assertThat(netty.config().getOption(ChannelOption.IP_MULTICAST_LOOP_DISABLED)).isTrue();
		channel.setMulticastInterface("127.0.0.1");
		assertThat(netty.config().getNetworkInterface().getName()).isEqualTo("lo");
		assertThatIllegalArgumentException().isThrownBy(() -> channel.setMulticastTtl(256))
			.withMessageContaining("256");
	}

	@Test
	void unicastTtlOnNioIsRefusedWithAClearMessage() {
		UdpChannel channel = open(UdpOptions.port(0).withHost("127.0.0.1"), new Recorder());
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> channel.setTtl(64))
			.withMessageContaining("native transport")
			.withMessageContaining("netty-transport-native-epoll")
			.withMessageContaining("netty-transport-native-io_uring");
		assertThatIllegalArgumentException().isThrownBy(() -> channel.setTtl(0)).withMessageContaining("'ttl'");
	}

	@Test
	void closeIsIdempotentAndSendingAfterwardsFailsClearly() {
		UdpChannel channel = open(UdpOptions.port(0).withHost("127.0.0.1"), new Recorder());
		channel.close();
		channel.close();
		await().untilAsserted(() -> assertThat(channel.isClosed()).isTrue());
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> channel.send("x", 9, "127.0.0.1"))
			.withMessageContaining("closed");
	}

	@Test
	void optionsRejectBadValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> UdpOptions.port(70000)).withMessageContaining("70000");
		assertThatIllegalArgumentException().isThrownBy(() -> UdpOptions.port(0).withMaxDatagramSize(65_508))
			.withMessageContaining("65507");
		assertThatIllegalArgumentException().isThrownBy(() -> UdpOptions.port(0).withConnect("127.0.0.1", 0))
			.withMessageContaining("connectPort");
		assertThat(InetAddress.getLoopbackAddress()).isNotNull();
	}

}
