package io.sockwork.boot.autoconfigure;

import java.nio.charset.StandardCharsets;

import io.sockwork.boot.annotation.FramingType;
import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.core.TcpSocket;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for framing and the PROXY protocol on annotated listeners, from the annotation
 * and from properties.
 */
class FramedListenerTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SockworkAutoConfiguration.class));

	@Test
	void aLengthPrefixedListenerFromTheAnnotationGetsWholeFramesAndItsReturnValueGoesBackAsAFrame() {
		this.contextRunner.withBean(Shouter.class).run((context) -> {
			int port = context.getBean(SocketRegistry.class).server("shouter").port();
			try (TestClient client = new TestClient(port)) {
				client.send("\0\u0005hel").send("lo\0\u0002hi");
				assertThat(new String(client.readBytes(11), StandardCharsets.UTF_8))
					.isEqualTo("\0\u0005HELLO\0\u0002HI");
			}
		});
	}

	@Test
	void propertiesSetLinesFramingWithItsMaximumAndThePeerAddressFromAProxyHeader() {
		this.contextRunner.withBean(Shouter.class)
			.withPropertyValues("sockwork.tcp.listeners.shouter.framing.type=lines",
					"sockwork.tcp.listeners.shouter.framing.max-length=8B",
					"sockwork.tcp.listeners.shouter.proxy-protocol=true")
			.run((context) -> {
				int port = context.getBean(SocketRegistry.class).server("shouter").port();
				try (TestClient client = new TestClient(port)) {
					client.send("PROXY TCP4 198.51.100.9 127.0.0.1 4000 7000\r\nwho\n");
					assertThat(client.readLine()).isEqualTo("WHO FROM 198.51.100.9");
					client.send("far too long for eight\n");
					assertThat(client.readToEnd()).isEmpty();
				}
			});
	}

	@Test
	void anInvalidFramingPropertyFailsStartUpNamingTheProperty() {
		this.contextRunner.withBean(Shouter.class)
			.withPropertyValues("sockwork.tcp.listeners.shouter.framing.length-field-length=3")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("framing.lengthFieldLength"));
	}

	static class Shouter {

		@TcpListener(name = "shouter", host = "127.0.0.1", port = "0", framing = FramingType.LENGTH_PREFIXED,
				lengthFieldLength = 2, maxFrameLength = "1KB")
		String shout(TcpSocket<?> socket, String frame) {
			String upper = frame.toUpperCase();
			return (upper.equals("WHO")) ? upper + " FROM " + socket.remoteAddress().getHostString() : upper;
		}

	}

}
