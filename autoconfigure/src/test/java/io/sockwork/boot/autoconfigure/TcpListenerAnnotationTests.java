package io.sockwork.boot.autoconfigure;

import java.util.concurrent.atomic.AtomicInteger;

import io.sockwork.boot.annotation.OnDrain;
import io.sockwork.boot.annotation.OnOpen;
import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.boot.config.InvalidListenerException;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.core.TcpServer;
import io.sockwork.core.TcpSocket;
import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tests for annotated listener methods: discovery, argument and return value handling,
 * property overrides and the start-up failures of misuse.
 */
class TcpListenerAnnotationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SockworkAutoConfiguration.class));

	@Test
	void returnValueOfTheDataHandlerIsWrittenBack() {
		this.contextRunner.withUserConfiguration(Listeners.Echo.class).run((context) -> {
			TcpServer<?> server = context.getBean(SocketRegistry.class).server("echo");
			assertThat(server.isListening()).isTrue();
			try (TestClient client = new TestClient(server.port())) {
				assertThat(client.send("hello\n").readLine()).isEqualTo("hello");
			}
		});
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void theLogsNameTheBoundAddressAndTheGracePeriodAsTheyAreConfigured(CapturedOutput output) {
		this.contextRunner.withUserConfiguration(Listeners.Echo.class)
			.withPropertyValues("sockwork.shutdown.grace-period=1500ms")
			.run((context) -> assertThat(output).contains("Listener 'echo' bound to 127.0.0.1:"));
		assertThat(output).contains("Stopping listener 'echo', 0 open connection(s) get up to 1500ms")
			.doesNotContain("PT1.5S");
	}

	@Test
	void eventMethodsWithoutANameBindToTheListenerOfTheirBeanAndShareItsSocketData() {
		this.contextRunner.withBean(Listeners.Greeter.class).run((context) -> {
			Listeners.Greeter greeter = context.getBean(Listeners.Greeter.class);
			int port = context.getBean(SocketRegistry.class).server("greeter").port();
			try (TestClient client = new TestClient(port)) {
				assertThat(client.readLine()).isEqualTo("hello guest");
				assertThat(client.send("shout\n").readLine()).isEqualTo("SHOUT");
			}
			await().untilAsserted(() -> assertThat(greeter.events).containsExactly("open", "close guest"));
		});
	}

	@Test
	void exceptionOfAHandlerReachesTheErrorHandlerAndTheSocketKeepsServing() {
		this.contextRunner.withBean(Listeners.Greeter.class).run((context) -> {
			Listeners.Greeter greeter = context.getBean(Listeners.Greeter.class);
			int port = context.getBean(SocketRegistry.class).server("greeter").port();
			try (TestClient client = new TestClient(port)) {
				client.readLine();
				assertThat(client.send("fail now\n").readLine()).isEqualTo("error: handler failed on fail now");
				assertThat(client.send("still here\n").readLine()).isEqualTo("STILL HERE");
			}
			assertThat(greeter.events).contains("error true handler failed on fail now");
		});
	}

	@Test
	void propertiesOverrideTheAnnotationOfTheListenerWithTheirName() {
		this.contextRunner.withUserConfiguration(PrivilegedPortConfiguration.class)
			.withPropertyValues("sockwork.tcp.listeners.privileged.port=0",
					"sockwork.tcp.listeners.privileged.host=127.0.0.1")
			.run((context) -> {
				TcpServer<?> server = context.getBean(SocketRegistry.class).server("privileged");
				assertThat(server.port()).isNotEqualTo(1).isPositive();
				assertThat(server.hostname()).isEqualTo("127.0.0.1");
			});
	}

	@Test
	void annotationAttributesResolvePlaceholders() {
		this.contextRunner.withBean(Listeners.Greeter.class)
			.withPropertyValues("greeter.port=" + TestClient.freePort())
			.run((context) -> assertThat(context.getBean(SocketRegistry.class).server("greeter").port())
				.isEqualTo(context.getEnvironment().getProperty("greeter.port", Integer.class)));
	}

	@Test
	void methodsOfProxiedBeansAreFoundAndCalledThroughTheProxy() {
		this.contextRunner.withUserConfiguration(Listeners.Echo.class, ProxyConfiguration.class).run((context) -> {
			int port = context.getBean(SocketRegistry.class).server("echo").port();
			try (TestClient client = new TestClient(port)) {
				assertThat(client.send("through the proxy\n").readLine()).isEqualTo("through the proxy");
			}
			assertThat(context.getBean(ProxyConfiguration.class).calls.get()).isPositive();
		});
	}

	@Test
	void twoDataHandlersForOneListenerFailStartUpNamingBothMethods() {
		this.contextRunner.withBean(TwoDataHandlers.class).run((context) -> {
			assertThat(context).getFailure()
				.isInstanceOf(InvalidListenerException.class)
				.hasMessageContaining("Listener 'twice' has two @TcpListener methods")
				.hasMessageContaining(TwoDataHandlers.class.getName() + ".first(byte[])")
				.hasMessageContaining(TwoDataHandlers.class.getName() + ".second(byte[])");
		});
	}

	@Test
	void anEventAnnotationNamingNoListenerFailsStartUpNamingTheMethod() {
		this.contextRunner.withUserConfiguration(Listeners.Echo.class).withBean(OrphanOpen.class).run((context) -> {
			assertThat(context).getFailure()
				.isInstanceOf(InvalidListenerException.class)
				.hasMessageContaining("@OnOpen method " + OrphanOpen.class.getName() + ".open(TcpSocket)")
				.hasMessageContaining("names listener 'missing', but no @TcpListener method declares it");
		});
	}

	@Test
	void anUnnamedEventAnnotationInABeanWithoutListenerFailsStartUpNamingTheMethod() {
		this.contextRunner.withBean(UnnamedDrain.class).run((context) -> {
			assertThat(context).getFailure()
				.hasMessageContaining("@OnDrain method " + UnnamedDrain.class.getName() + ".drain(TcpSocket)")
				.hasMessageContaining("names no listener");
		});
	}

	@Test
	void anUnsupportedParameterFailsStartUpNamingTheMethod() {
		this.contextRunner.withBean(UnsupportedParameter.class).run((context) -> {
			assertThat(context).getFailure()
				.isInstanceOf(InvalidListenerException.class)
				.hasMessageContaining("Parameter 1 of type java.lang.Integer of @TcpListener method "
						+ UnsupportedParameter.class.getName() + ".data(TcpSocket, Integer) is not supported");
		});
	}

	@Test
	void aPayloadParameterOnAnEventWithoutPayloadFailsStartUp() {
		this.contextRunner.withBean(PayloadOnOpen.class).run((context) -> {
			assertThat(context).getFailure()
				.hasMessageContaining("Parameter 0 of type [B of @OnOpen method " + PayloadOnOpen.class.getName()
						+ ".open(byte[]) is not supported");
		});
	}

	@Test
	void anUnsupportedReturnTypeFailsStartUpNamingTheMethod() {
		this.contextRunner.withBean(UnsupportedReturnType.class).run((context) -> {
			assertThat(context).getFailure()
				.isInstanceOf(InvalidListenerException.class)
				.hasMessageContaining("Return type java.lang.Integer of @TcpListener method "
						+ UnsupportedReturnType.class.getName() + ".data(byte[]) is not supported");
		});
	}

	@Test
	void aListenerWithoutPortFailsStartUpNamingTheListener() {
		this.contextRunner.withBean(NoPort.class).run((context) -> {
			assertThat(context).getFailure()
				.isInstanceOf(InvalidListenerException.class)
				.hasMessageContaining("declared by " + NoPort.class.getName()
						+ ".data(byte[]) is not configured correctly: No port is configured");
		});
	}

	@Test
	void invalidWaterMarksFromPropertiesFailBindingNamingTheProperty() {
		this.contextRunner.withUserConfiguration(Listeners.Echo.class)
			.withPropertyValues("sockwork.tcp.listeners.echo.write-buffer.high-water-mark=1KB",
					"sockwork.tcp.listeners.echo.write-buffer.low-water-mark=2KB")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(BindValidationException.class)
				.hasMessageContaining("tcp.listeners[echo].writeBuffer.lowWaterMark")
				.hasMessageContaining("must not be above sockwork.tcp.listeners.echo.write-buffer.high-water-mark"));
	}

	@Configuration(proxyBeanMethods = false)
	static class PrivilegedPortConfiguration {

		@Bean
		Object privilegedHandler() {
			return new Object() {

				@TcpListener(name = "privileged", port = "1")
				void data(byte[] data) {
				}

			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ProxyConfiguration {

		final AtomicInteger calls = new AtomicInteger();

		@Bean
		static BeanPostProcessor echoProxier(ObjectProvider<ProxyConfiguration> self) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (!(bean instanceof Listeners.EchoHandler)) {
						return bean;
					}
					ProxyFactory factory = new ProxyFactory(bean);
					factory.setProxyTargetClass(true);
					factory.addAdvice((MethodInterceptor) (invocation) -> {
						self.getObject().calls.incrementAndGet();
						return invocation.proceed();
					});
					return factory.getProxy();
				}
			};
		}

	}

	static class TwoDataHandlers {

		@TcpListener(name = "twice", port = "0")
		void first(byte[] data) {
		}

		@TcpListener(name = "twice", port = "0")
		void second(byte[] data) {
		}

	}

	static class OrphanOpen {

		@OnOpen("missing")
		void open(TcpSocket<?> socket) {
		}

	}

	static class UnnamedDrain {

		@OnDrain
		void drain(TcpSocket<?> socket) {
		}

	}

	static class UnsupportedParameter {

		@TcpListener(port = "0")
		void data(TcpSocket<?> socket, Integer count) {
		}

	}

	static class PayloadOnOpen {

		@TcpListener(port = "0")
		void data(byte[] data) {
		}

		@OnOpen
		void open(byte[] data) {
		}

	}

	static class UnsupportedReturnType {

		@TcpListener(port = "0")
		Integer data(byte[] data) {
			return data.length;
		}

	}

	static class NoPort {

		@TcpListener
		void data(byte[] data) {
		}

	}

}
