package io.sockwork.sample;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Starts the sample with invalid properties: each fails start-up with Spring Boot's
 * report naming the property.
 */
@ExtendWith(OutputCaptureExtension.class)
class InvalidPropertiesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			sockwork.tcp.listeners.echo.port=-1             | sockwork.tcp.listeners[echo].port
			sockwork.engine.transport=carrier-pigeon        | sockwork.engine.transport
			sockwork.engine.threads=-2                      | sockwork.engine.threads
			sockwork.tcp.listeners.echo.max-connections=-5  | sockwork.tcp.listeners[echo].maxConnections
			""")
	void anInvalidPropertyIsReportedByName(String property, String name, CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("--" + property));
		assertThat(output).contains("APPLICATION FAILED TO START").contains(name);
	}

	@Test
	void aLowWaterMarkAboveTheHighOneIsReportedByName(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("--sockwork.tcp.listeners.echo.write-buffer.high-water-mark=1KB",
				"--sockwork.tcp.listeners.echo.write-buffer.low-water-mark=2KB"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Property: sockwork.tcp.listeners[echo].writeBuffer.lowWaterMark")
			.contains("must not be above sockwork.tcp.listeners.echo.write-buffer.high-water-mark (1024 bytes)");
	}

	@Test
	void anUnknownKeyOfAListenerIsReportedWithTheKeysListenersHave(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("--sockwork.tcp.listeners.echo.prot=9100"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Sockwork does not know these properties of sockwork.tcp.listeners.<name>:")
			.contains("sockwork.tcp.listeners.echo.prot = 9100")
			.contains("The properties of sockwork.tcp.listeners.<name> are: ")
			.contains(", port, ");
	}

	private static void start(String... args) {
		SpringApplication application = new SpringApplication(SampleApplication.class);
		application.setDefaultProperties(Map.of("spring.main.web-application-type", "none",
				"sockwork.tcp.listeners.echo.port", "0", "sockwork.tcp.listeners.chat.port", "0"));
		application.run(args).close();
	}

}
