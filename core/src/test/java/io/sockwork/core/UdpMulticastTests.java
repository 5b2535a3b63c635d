package io.sockwork.core;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

/**
 * Multicast on the loopback interface: the receiver binds every IPv4 address and joins on
 * {@code lo}, the sender binds 127.0.0.1 and sends through {@code lo} with loopback on.
 */
class UdpMulticastTests {

	private final SocketEngine engine = new SocketEngine(new EngineOptions(2, Transport.NIO));

	private final List<UdpChannel> channels = new ArrayList<>();

	@AfterEach
	void close() {
		this.channels.forEach(UdpChannel::close);
		this.engine.close();
	}

	private UdpChannel open(String host, UdpHandler handler) {
		UdpChannel channel = this.engine.udpSocket(UdpOptions.port(0).withHost(host), handler).join();
		this.channels.add(channel);
		return channel;
	}

	private UdpChannel loopbackSender() {
		UdpChannel sender = open("127.0.0.1", new Recorder());
		sender.setMulticastInterface("127.0.0.1");
		sender.setMulticastLoopback(true);
		sender.setMulticastTtl(1);
		return sender;
	}

	@Test
	void memberReceivesWhatIsSentToTheGroupOnLoopback() {
		Recorder recorder = new Recorder();
		UdpChannel receiver = open("0.0.0.0", recorder);
		receiver.addMembership("239.10.20.30", "lo");
		UdpChannel sender = loopbackSender();
		assertThat(sender.send("to the group", receiver.port(), "239.10.20.30")).isTrue();
		await().untilAsserted(() -> assertThat(recorder.received).containsExactly("to the group"));
		assertThat(recorder.senders).containsExactly(sender.address());
	}

	@Test
	void droppingTheMembershipStopsDelivery() {
		Recorder recorder = new Recorder();
		UdpChannel receiver = open("0.0.0.0", recorder);
		receiver.addMembership("239.10.20.31", "127.0.0.1");
		UdpChannel sender = loopbackSender();
		sender.send("while a member", receiver.port(), "239.10.20.31");
		await().untilAsserted(() -> assertThat(recorder.received).containsExactly("while a member"));
		receiver.dropMembership("239.10.20.31", "lo");
		// The unicast marker is sent after the group datagram on the same loopback path:
		// once it has arrived, the
		// group datagram would have too.
		sender.send("after leaving", receiver.port(), "239.10.20.31");
		sender.send("marker", receiver.port(), "127.0.0.1");
		await().untilAsserted(() -> assertThat(recorder.received).contains("marker"));
		assertThat(recorder.received).containsExactly("while a member", "marker");
		assertThatExceptionOfType(UdpSocketException.class)
			.isThrownBy(() -> receiver.dropMembership("239.10.20.31", "lo"))
			.withMessageContaining("239.10.20.31")
			.withMessageContaining("lo")
			.withMessageContaining("not a member");
	}

	@Test
	void sourceSpecificMemberReceivesFromItsSource() {
		Recorder recorder = new Recorder();
		UdpChannel receiver = open("0.0.0.0", recorder);
		receiver.addSourceSpecificMembership("127.0.0.1", "232.10.20.30", "lo");
		UdpChannel sender = loopbackSender();
		sender.send("from the source", receiver.port(), "232.10.20.30");
		await().untilAsserted(() -> assertThat(recorder.received).containsExactly("from the source"));
		receiver.dropSourceSpecificMembership("127.0.0.1", "232.10.20.30", "lo");
		sender.send("after leaving", receiver.port(), "232.10.20.30");
		sender.send("marker", receiver.port(), "127.0.0.1");
		await().untilAsserted(() -> assertThat(recorder.received).contains("marker"));
		assertThat(recorder.received).containsExactly("from the source", "marker");
	}

	@Test
	void joinTheInterfaceCannotDoFailsNamingGroupAndInterface() {
		UdpChannel ipv4 = open("0.0.0.0", new Recorder());
		assertThatExceptionOfType(UdpSocketException.class).isThrownBy(() -> ipv4.addMembership("ff02::1:3", "lo"))
			.withMessageContaining("ff02:0:0:0:0:0:1:3")
			.withMessageContaining("interface lo");
		assertThat(ipv4.isClosed()).isFalse();
	}

	@Test
	void badGroupsAndInterfacesAreRefusedClearly() {
		UdpChannel channel = open("0.0.0.0", new Recorder());
		assertThatIllegalArgumentException().isThrownBy(() -> channel.addMembership("10.0.0.1", "lo"))
			.withMessageContaining("multicast address")
			.withMessageContaining("10.0.0.1");
		assertThatIllegalArgumentException().isThrownBy(() -> channel.addMembership("239.1.1.1", "nope0"))
			.withMessageContaining("'nope0'");
		assertThatIllegalArgumentException().isThrownBy(() -> channel.addMembership("all-systems.mcast.net"))
			.withMessageContaining("IP address literal");
		assertThatIllegalArgumentException().isThrownBy(() -> channel.setMulticastInterface("192.0.2.254"))
			.withMessageContaining("'192.0.2.254'");
	}

}
