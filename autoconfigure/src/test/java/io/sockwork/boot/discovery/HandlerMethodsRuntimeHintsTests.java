package io.sockwork.boot.discovery;

import java.lang.reflect.Method;
import java.util.function.Predicate;

import io.netty.channel.socket.nio.NioDatagramChannel;
import io.sockwork.boot.annotation.InitialData;
import io.sockwork.boot.annotation.OnClose;
import io.sockwork.boot.annotation.OnConnectError;
import io.sockwork.boot.annotation.OnOpen;
import io.sockwork.boot.annotation.TcpClient;
import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.boot.annotation.UdpSocket;
import io.sockwork.core.TcpSocket;
import org.junit.jupiter.api.Test;

import org.springframework.aot.generate.ClassNameGenerator;
import org.springframework.aot.generate.DefaultGenerationContext;
import org.springframework.aot.generate.InMemoryGeneratedFiles;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.javapoet.ClassName;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs Spring's AOT processing on a context with annotated handler beans, as
 * {@code spring-boot:process-aot} does, and checks with {@link RuntimeHintsPredicates}
 * that every handler method of a {@code @TcpListener}, {@code @UdpSocket} and
 * {@code @TcpClient} bean, and every {@code @InitialData} method, may be invoked
 * reflectively in a native image, that other methods get no hint, and that the datagram
 * channels opened for a protocol family can be constructed.
 */
class HandlerMethodsRuntimeHintsTests {

	@Test
	void everyHandlerMethodMayBeInvoked() {
		RuntimeHints hints = processAheadOfTime(Greeter.class, Handlers.class);
		assertThat(invocable(Greeter.class, "data", TcpSocket.class, String.class)).accepts(hints);
		assertThat(invocable(Greeter.class, "open", TcpSocket.class)).accepts(hints);
		assertThat(invocable(Greeter.class, "close", TcpSocket.class)).accepts(hints);
		assertThat(invocable(Greeter.class, "name")).accepts(hints);
		assertThat(invocable(UdpEcho.class, "echo", String.class)).accepts(hints);
		assertThat(invocable(Feed.class, "data", String.class)).accepts(hints);
		assertThat(invocable(Feed.class, "failed", Throwable.class)).accepts(hints);
	}

	@Test
	void methodsWithoutAHandlerAnnotationGetNoHint() {
		RuntimeHints hints = processAheadOfTime(Greeter.class);
		assertThat(invocable(Greeter.class, "notAHandler")).rejects(hints);
	}

	@Test
	void datagramChannelsOpenedForAProtocolFamilyCanBeConstructed() {
		RuntimeHints hints = processAheadOfTime(Greeter.class);
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(NioDatagramChannel.class)
			.withMemberCategory(MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS)).accepts(hints);
	}

	private static RuntimeHints processAheadOfTime(Class<?>... components) {
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		context.register(components);
		DefaultGenerationContext generation = new DefaultGenerationContext(
				new ClassNameGenerator(ClassName.get(HandlerMethodsRuntimeHintsTests.class)),
				new InMemoryGeneratedFiles());
		new ApplicationContextAotGenerator().processAheadOfTime(context, generation);
		return generation.getRuntimeHints();
	}

	private static Predicate<RuntimeHints> invocable(Class<?> type, String name, Class<?>... parameterTypes) {
		Method method = ReflectionUtils.findMethod(type, name, parameterTypes);
		assertThat(method).as("%s.%s", type.getSimpleName(), name).isNotNull();
		return RuntimeHintsPredicates.reflection().onMethodInvocation(method);
	}

	static class Greeter {

		@InitialData
		String name() {
			return "guest";
		}

		@TcpListener(name = "greeter", host = "127.0.0.1", port = "0")
		String data(TcpSocket<String> socket, String text) {
			return text;
		}

		@OnOpen
		void open(TcpSocket<String> socket) {
		}

		@OnClose("greeter")
		void close(TcpSocket<String> socket) {
		}

		String notAHandler() {
			return "not invoked by Sockwork";
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Handlers {

		@Bean
		UdpEcho udpEcho() {
			return new UdpEcho();
		}

		@Bean
		Feed feed() {
			return new Feed();
		}

	}

	static class UdpEcho {

		@UdpSocket(name = "udp-echo", host = "127.0.0.1", port = "0")
		String echo(String text) {
			return text;
		}

	}

	static class Feed {

		@TcpClient(name = "feed", host = "127.0.0.1", port = "9")
		void data(String text) {
		}

		@OnConnectError
		void failed(Throwable error) {
		}

	}

}
