package io.sockwork.boot.autoconfigure;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import io.sockwork.boot.annotation.OnOpen;
import io.sockwork.boot.annotation.TcpClient;
import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.boot.annotation.UdpSocket;
import io.sockwork.core.TcpSocket;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.context.config.annotation.RefreshScope;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Handler beans before and after a reload: the "echo" listener first echoes, then
 * upper-cases.
 */
final class ReloadListeners {

	private ReloadListeners() {
	}

	@Configuration(proxyBeanMethods = false)
	static class EchoConfiguration {

		@Bean
		Echo echo() {
			return new Echo();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UpperCaseConfiguration {

		@Bean
		UpperCase upperCase() {
			return new UpperCase();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class RefreshScopedConfiguration {

		@Bean
		@RefreshScope
		Styled styled(@Value("${echo.style:plain}") String style) {
			return new Styled(style);
		}

	}

	/**
	 * Echoes lines; gives each socket its session as {@code socket.data}.
	 */
	static class Echo {

		@OnOpen("echo")
		void open(TcpSocket<String> socket) {
			socket.data("session-1");
		}

		@TcpListener(name = "echo", host = "127.0.0.1", port = "0")
		String echo(String text) {
			return text;
		}

	}

	/**
	 * Upper-cases lines, recording the {@code socket.data} it finds.
	 */
	static class UpperCase {

		final List<Object> sessions = new CopyOnWriteArrayList<>();

		@TcpListener(name = "echo", host = "127.0.0.1", port = "0")
		String echo(TcpSocket<String> socket, String text) {
			this.sessions.add(String.valueOf(socket.data()));
			return text.toUpperCase(Locale.ROOT);
		}

	}

	/**
	 * A listener only declared before a reload.
	 */
	static class Gone {

		@TcpListener(name = "gone", host = "127.0.0.1", port = "0")
		String echo(String text) {
			return text;
		}

	}

	/**
	 * A listener only declared after a reload.
	 */
	static class Fresh {

		@TcpListener(name = "fresh", host = "127.0.0.1", port = "0")
		String echo(String text) {
			return "fresh " + text;
		}

	}

	/**
	 * A refresh-scoped handler whose style comes from the environment.
	 */
	static class Styled {

		private final String style;

		Styled(String style) {
			this.style = style;
		}

		@TcpListener(name = "styled", host = "127.0.0.1", port = "0")
		public String echo(String text) {
			return "upper".equals(this.style) ? text.toUpperCase(Locale.ROOT) : text;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UdpEchoConfiguration {

		@Bean
		UdpEcho udpEcho() {
			return new UdpEcho();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UdpUpperCaseConfiguration {

		@Bean
		UdpUpperCase udpUpperCase() {
			return new UdpUpperCase();
		}

	}

	static class UdpEcho {

		@UdpSocket(name = "udp", host = "127.0.0.1", port = "0")
		String echo(String text) {
			return text;
		}

	}

	static class UdpUpperCase {

		@UdpSocket(name = "udp", host = "127.0.0.1", port = "0")
		String echo(String text) {
			return text.toUpperCase(Locale.ROOT);
		}

	}

	static class ClientV1 {

		final List<String> received = new CopyOnWriteArrayList<>();

		@TcpClient(name = "upstream", host = "127.0.0.1", port = "${upstream.port}")
		void data(String text) {
			this.received.add("v1:" + text);
		}

	}

	static class ClientV2 {

		final List<String> received = new CopyOnWriteArrayList<>();

		@TcpClient(name = "upstream", host = "127.0.0.1", port = "${upstream.port}")
		void data(String text) {
			this.received.add("v2:" + text);
		}

	}

}
