package io.sockwork.boot.autoconfigure;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.sockwork.boot.config.TcpClientProperties;
import io.sockwork.boot.config.TcpListenerProperties;
import io.sockwork.boot.config.UdpSocketProperties;
import io.sockwork.core.Transport;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Configuration properties of Sockwork. The properties of each listener, client and UDP
 * socket are those of {@link TcpListenerProperties}, {@link TcpClientProperties} and
 * {@link UdpSocketProperties}, next to the settings they are mapped onto.
 */
@ConfigurationProperties("sockwork")
public class SockworkProperties implements Validator {

	/**
	 * Settings of the shared engine that runs every socket.
	 */
	private final Engine engine = new Engine();

	/**
	 * Settings of the graceful shutdown of listeners.
	 */
	private final Shutdown shutdown = new Shutdown();

	/**
	 * Settings of TCP listeners and clients.
	 */
	private final Tcp tcp = new Tcp();

	/**
	 * Settings of UDP sockets.
	 */
	private final Udp udp = new Udp();

	/**
	 * Settings of the Micrometer meters.
	 */
	private final Metrics metrics = new Metrics();

	public Engine getEngine() {
		return this.engine;
	}

	public Shutdown getShutdown() {
		return this.shutdown;
	}

	public Tcp getTcp() {
		return this.tcp;
	}

	public Udp getUdp() {
		return this.udp;
	}

	public Metrics getMetrics() {
		return this.metrics;
	}

	@Override
	public boolean supports(Class<?> type) {
		return SockworkProperties.class.isAssignableFrom(type);
	}

	/**
	 * Checks the properties when they are bound, so that Spring Boot's report names the
	 * property at fault and its value, before any socket is created.
	 */
	@Override
	public void validate(Object target, Errors errors) {
		SockworkProperties properties = (SockworkProperties) target;
		if (properties.engine.threads < 0) {
			errors.rejectValue("engine.threads", "negative", "must not be negative (0 means Netty's default)");
		}
		if (properties.shutdown.gracePeriod.isNegative()) {
			errors.rejectValue("shutdown.gracePeriod", "negative", "must not be negative");
		}
		validate("tcp.listeners", properties.tcp.listeners, TcpListenerProperties::validate, errors);
		validate("udp.sockets", properties.udp.sockets, UdpSocketProperties::validate, errors);
		validate("tcp.clients", properties.tcp.clients, TcpClientProperties::validate, errors);
	}

	private static <P> void validate(String path, Map<String, P> sockets, Validation<P> validation, Errors errors) {
		sockets.forEach((name, socket) -> validation.validate(socket, path + "[" + name + "].", errors));
	}

	/**
	 * Validates the properties of one socket.
	 */
	private interface Validation<P> {

		void validate(P properties, String path, Errors errors);

	}

	/**
	 * Settings of the shared engine.
	 */
	public static class Engine {

		/**
		 * Number of event-loop threads shared by every socket, 0 for the default: one per
		 * two cores, at least one.
		 */
		private int threads;

		/**
		 * I/O transport: the best available one, NIO, epoll or io_uring.
		 */
		private Transport transport = Transport.AUTO;

		public int getThreads() {
			return this.threads;
		}

		public void setThreads(int threads) {
			this.threads = threads;
		}

		public Transport getTransport() {
			return this.transport;
		}

		public void setTransport(Transport transport) {
			this.transport = transport;
		}

	}

	/**
	 * Settings of the shutdown.
	 */
	public static class Shutdown {

		/**
		 * Time open sockets get to finish after their listener stopped accepting, before
		 * they are closed.
		 */
		private Duration gracePeriod = Duration.ofSeconds(10);

		public Duration getGracePeriod() {
			return this.gracePeriod;
		}

		public void setGracePeriod(Duration gracePeriod) {
			this.gracePeriod = gracePeriod;
		}

	}

	/**
	 * Settings of TCP.
	 */
	public static class Tcp {

		/**
		 * TCP listeners by name; a value here overrides the attribute of the @TcpListener
		 * of the same name.
		 */
		private final Map<String, TcpListenerProperties> listeners = new LinkedHashMap<>();

		/**
		 * TCP clients by name; a value here overrides the attribute of the @TcpClient of
		 * the same name.
		 */
		private final Map<String, TcpClientProperties> clients = new LinkedHashMap<>();

		public Map<String, TcpListenerProperties> getListeners() {
			return this.listeners;
		}

		public Map<String, TcpClientProperties> getClients() {
			return this.clients;
		}

	}

	/**
	 * Settings of UDP.
	 */
	public static class Udp {

		/**
		 * UDP sockets by name; a value here overrides the attribute of the @UdpSocket of
		 * the same name.
		 */
		private final Map<String, UdpSocketProperties> sockets = new LinkedHashMap<>();

		public Map<String, UdpSocketProperties> getSockets() {
			return this.sockets;
		}

	}

	/**
	 * Settings of the Micrometer meters.
	 */
	public static class Metrics {

		/**
		 * Settings of the timer of handler methods.
		 */
		private final HandlerDuration handlerDuration = new HandlerDuration();

		public HandlerDuration getHandlerDuration() {
			return this.handlerDuration;
		}

		/**
		 * Settings of the timer of handler methods.
		 */
		public static class HandlerDuration {

			/**
			 * Whether every handler call is timed (sockwork.handler.duration); off by
			 * default as it costs time on every event.
			 */
			private boolean enabled;

			public boolean isEnabled() {
				return this.enabled;
			}

			public void setEnabled(boolean enabled) {
				this.enabled = enabled;
			}

		}

	}

}
