package io.sockwork.sample;

import java.net.InetAddress;

import io.sockwork.boot.registry.SocketRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample binds its listeners and UDP echo to 127.0.0.1 unless
 * {@code --sample.bind-address} opens it up (its demo TLS key is public).
 */
class BindAddressTests {

	private static final String[] EPHEMERAL_PORTS = { "--sockwork.tcp.listeners.echo.port=0",
			"--sockwork.tcp.listeners.chat.port=0", "--sockwork.tcp.listeners.secure-echo.port=0",
			"--sockwork.udp.sockets.udp-echo.port=0", "--sockwork.udp.sockets.telemetry.port=0" };

	@Test
	void everyListenerAndTheUdpEchoBindToLoopbackByDefault() {
		try (ConfigurableApplicationContext context = run()) {
			SocketRegistry registry = context.getBean(SocketRegistry.class);
			assertThat(registry.servers().values()).extracting((server) -> server.hostname())
				.containsOnly("127.0.0.1")
				.hasSize(3);
			assertThat(registry.udpSocket("udp-echo").address().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
			assertThat(context.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
		}
	}

	@Test
	void oneFlagOpensThemUp() throws Exception {
		try (ConfigurableApplicationContext context = run("--sample.bind-address=0.0.0.0")) {
			SocketRegistry registry = context.getBean(SocketRegistry.class);
			assertThat(registry.servers().values()).allSatisfy(
					(server) -> assertThat(InetAddress.getByName(server.hostname()).isAnyLocalAddress()).isTrue());
			assertThat(context.getEnvironment().getProperty("server.address")).isEqualTo("0.0.0.0");
		}
	}

	private static ConfigurableApplicationContext run(String... arguments) {
		String[] all = new String[EPHEMERAL_PORTS.length + arguments.length];
		System.arraycopy(EPHEMERAL_PORTS, 0, all, 0, EPHEMERAL_PORTS.length);
		System.arraycopy(arguments, 0, all, EPHEMERAL_PORTS.length, arguments.length);
		return new SpringApplicationBuilder(SampleApplication.class).web(WebApplicationType.NONE).run(all);
	}

}
