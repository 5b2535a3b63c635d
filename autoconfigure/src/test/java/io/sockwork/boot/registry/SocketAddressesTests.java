package io.sockwork.boot.registry;

import java.net.InetAddress;
import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the registry, the actuator and the logs name addresses as
 * {@code 127.0.0.1:9000} and {@code [::1]:9000}.
 */
class SocketAddressesTests {

	@Test
	void ipv4AndCompressedIpv6AddressesAndHostNames() throws Exception {
		assertThat(SocketAddresses.format(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 9000)))
			.isEqualTo("127.0.0.1:9000");
		assertThat(SocketAddresses.format(new InetSocketAddress(InetAddress.getByName("::1"), 9000)))
			.isEqualTo("[::1]:9000");
		assertThat(SocketAddresses.format("0:0:0:0:0:0:0:1", 9000)).isEqualTo("[::1]:9000");
		assertThat(SocketAddresses.format("127.0.0.1", 9000)).isEqualTo("127.0.0.1:9000");
		assertThat(SocketAddresses.format("localhost", 9000)).isEqualTo("localhost:9000");
	}

}
