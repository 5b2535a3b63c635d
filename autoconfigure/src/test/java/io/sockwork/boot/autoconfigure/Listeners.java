package io.sockwork.boot.autoconfigure;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.sockwork.boot.annotation.OnClose;
import io.sockwork.boot.annotation.OnError;
import io.sockwork.boot.annotation.OnOpen;
import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.core.TcpSocket;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Annotated handler beans shared by the tests.
 */
final class Listeners {

	private Listeners() {
	}

	@Configuration(proxyBeanMethods = false)
	static class Echo {

		@Bean
		EchoHandler echoHandler() {
			return new EchoHandler();
		}

	}

	static class EchoHandler {

		@TcpListener(name = "echo", host = "127.0.0.1", port = "0")
		byte[] echo(byte[] data) {
			return data;
		}

	}

	/**
	 * A line-based listener whose event methods name no listener: they bind to the one of
	 * their bean.
	 */
	static class Greeter {

		final List<String> events = new CopyOnWriteArrayList<>();

		@OnOpen
		String open(TcpSocket<String> socket) {
			socket.data("guest");
			this.events.add("open");
			return "hello " + socket.data() + "\n";
		}

		@TcpListener(name = "greeter", host = "127.0.0.1", port = "${greeter.port:0}")
		String data(TcpSocket<String> socket, String text) {
			if (text.startsWith("fail")) {
				throw new IllegalStateException("handler failed on " + text.trim());
			}
			return text.toUpperCase();
		}

		@OnError
		void error(TcpSocket<String> socket, Throwable error) {
			this.events
				.add("error " + Thread.currentThread().getName().startsWith("sockwork") + " " + error.getMessage());
			socket.write("error: " + error.getMessage() + "\n");
		}

		@OnClose
		void close(TcpSocket<String> socket, Throwable cause) {
			this.events.add("close " + socket.data());
		}

	}

}
