package io.sockwork.boot.autoconfigure;

import io.sockwork.boot.annotation.FramingType;
import io.sockwork.boot.annotation.TcpListener;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.devtools.autoconfigure.LocalDevToolsAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;

/**
 * The application {@link DevToolsRestartTests} runs in a child JVM under DevTools: a
 * {@code greeter} listener whose reply starts with the {@code greeting} of
 * {@code greeting.properties}, a file the test changes before it triggers a restart.
 */
@SpringBootConfiguration
@ImportAutoConfiguration({ SockworkAutoConfiguration.class, LocalDevToolsAutoConfiguration.class })
@Import(DevToolsRestartApp.Greeter.class)
@PropertySource("classpath:greeting.properties")
public class DevToolsRestartApp {

	public static void main(String[] args) {
		SpringApplication.run(DevToolsRestartApp.class, args);
	}

	/**
	 * Greets every line with the greeting of its context.
	 */
	public static class Greeter {

		private final String greeting;

		public Greeter(@Value("${greeting}") String greeting) {
			this.greeting = greeting;
		}

		@TcpListener(name = "greeter", host = "127.0.0.1", port = "0", framing = FramingType.LINES)
		public String greet(String name) {
			return this.greeting + " " + name;
		}

	}

}
