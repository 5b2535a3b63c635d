package io.sockwork.boot.autoconfigure;

import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.boot.config.InvalidListenerException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code reuse-port} on the NIO transport, which cannot set SO_REUSEPORT, fails start-up
 * with a report that names the listener, the property and the native transport it needs;
 * {@code ReusePortNativeTransportTests} shares a port on epoll.
 */
class ReusePortTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SockworkAutoConfiguration.class))
		.withPropertyValues("sockwork.engine.transport=nio");

	@Test
	void reusePortFromThePropertiesFailsStartUpOnNioNamingTheListenerAndTheProperty() {
		this.contextRunner.withBean(Plain.class)
			.withPropertyValues("sockwork.tcp.listeners.shared.reuse-port=true")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidListenerException.class)
				.hasMessageContaining("Listener 'shared' declared by " + Plain.class.getName() + ".echo(String)")
				.hasMessageContaining("cannot listen on the NIO transport")
				.hasMessageContaining("'reusePort' needs a native transport (epoll or io_uring)")
				.satisfies((failure) -> assertThat(((InvalidListenerException) failure).getAction())
					.contains("sockwork.tcp.listeners.shared.reuse-port")
					.contains("sockwork.engine.transport=epoll")));
	}

	@Test
	void reusePortFromTheAnnotationFailsStartUpOnNio() {
		this.contextRunner.withBean(Annotated.class)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(InvalidListenerException.class)
				.hasMessageContaining("Listener 'annotated'")
				.hasMessageContaining("needs a native transport"));
	}

	@Test
	void withoutReusePortTheListenerStartsOnNio() {
		this.contextRunner.withBean(Plain.class).run((context) -> assertThat(context).hasNotFailed());
	}

	static class Plain {

		@TcpListener(name = "shared", host = "127.0.0.1", port = "0")
		String echo(String line) {
			return line;
		}

	}

	static class Annotated {

		@TcpListener(name = "annotated", host = "127.0.0.1", port = "0", reusePort = true)
		String echo(String line) {
			return line;
		}

	}

}
