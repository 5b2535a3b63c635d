package io.sockwork.boot.autoconfigure;

import io.netty.channel.epoll.Epoll;
import io.sockwork.core.SocketEngine;
import io.sockwork.core.Transport;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code sockwork.engine.transport=auto} prefers io_uring but settles for epoll when
 * io_uring is not there: the {@code native-transport} surefire execution has Netty's
 * epoll library and no io_uring classes, as an application that ships only epoll does.
 * Skipped only where the epoll library does not load.
 */
class AutoTransportNativeTransportTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SockworkAutoConfiguration.class));

	@Test
	void autoSettlesForEpollWithoutIoUring() {
		assumeTrue(Epoll.isAvailable(), () -> "Netty's epoll library did not load: " + Epoll.unavailabilityCause());
		assertThatExceptionOfType(ClassNotFoundException.class)
			.isThrownBy(() -> Class.forName("io.netty.channel.uring.IoUring"));
		this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(SocketEngine.class).transport()).isEqualTo(Transport.EPOLL);
		});
	}

}
