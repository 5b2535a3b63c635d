package io.sockwork.boot.autoconfigure;

import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.boot.annotation.UdpSocket;
import io.sockwork.boot.registry.SocketRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bound ports of listeners and UDP sockets are published in the environment as
 * {@code local.sockwork.tcp.<name>.port} and {@code local.sockwork.udp.<name>.port}, in
 * the context and its parent, and follow the registry when a socket stops or binds again.
 */
class LocalSocketPortsTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SockworkAutoConfiguration.class))
		.withUserConfiguration(Sockets.class);

	@Test
	void theBoundPortsOfListenersAndUdpSocketsArePublishedInTheContextAndItsParent() {
		StaticApplicationContext parent = new StaticApplicationContext();
		parent.refresh();
		this.contextRunner.withParent(parent).run((context) -> {
			SocketRegistry registry = context.getBean(SocketRegistry.class);
			int tcp = registry.server("echo").port();
			int udp = registry.udpSocket("ping").port();
			assertThat(tcp).isPositive();
			assertThat(udp).isPositive();
			for (Environment environment : new Environment[] { context.getEnvironment(), parent.getEnvironment() }) {
				assertThat(environment.getProperty("local.sockwork.tcp.echo.port", Integer.class)).isEqualTo(tcp);
				assertThat(environment.getProperty("local.sockwork.udp.ping.port", Integer.class)).isEqualTo(udp);
			}
			assertThat(context.getEnvironment().getProperty("local.sockwork.udp.echo.port")).isNull();
		});
		parent.close();
	}

	@Test
	void aStoppedSocketsPortIsRemovedAndARestartedSocketsPortPublishedAgain() {
		this.contextRunner.run((context) -> {
			SocketRegistry registry = context.getBean(SocketRegistry.class);
			registry.stop();
			assertThat(context.getEnvironment().getProperty("local.sockwork.tcp.echo.port")).isNull();
			assertThat(context.getEnvironment().getProperty("local.sockwork.udp.ping.port")).isNull();
			registry.start();
			int second = registry.server("echo").port();
			assertThat(context.getEnvironment().getProperty("local.sockwork.tcp.echo.port", Integer.class))
				.isEqualTo(second);
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class Sockets {

		@Bean
		Handlers handlers() {
			return new Handlers();
		}

	}

	static class Handlers {

		@TcpListener(name = "echo", host = "127.0.0.1", port = "0")
		byte[] echo(byte[] data) {
			return data;
		}

		@UdpSocket(name = "ping", host = "127.0.0.1", port = "0")
		byte[] ping(byte[] datagram) {
			return datagram;
		}

	}

}
