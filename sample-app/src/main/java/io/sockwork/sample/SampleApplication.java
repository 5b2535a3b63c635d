package io.sockwork.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the sample: {@code echo} on port 9000, {@code chat} on port 9001, {@code secure-echo} (TLS) on port
 * 9443, HTTP and actuator on port 8080.
 */
@SpringBootApplication
public class SampleApplication {

	/**
	 * Runs the application.
	 * @param args the command-line arguments, such as {@code --sockwork.tcp.listeners.echo.port=7000}
	 */
	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
