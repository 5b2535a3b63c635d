package io.sockwork.boot.autoconfigure;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sockwork.boot.annotation.Dispatch;
import io.sockwork.boot.annotation.FramingType;
import io.sockwork.core.TlsClientAuth;
import io.sockwork.core.Transport;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Configuration properties of Sockwork.
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
	 * Settings of TCP listeners.
	 */
	private final Tcp tcp = new Tcp();

	/**
	 * Settings of the Micrometer meters.
	 */
	private final Metrics metrics = new Metrics();

	/**
	 * Settings of UDP sockets.
	 */
	private final Udp udp = new Udp();

	/**
	 * The shared engine's settings.
	 * @return the engine settings
	 */
	public Engine getEngine() {
		return this.engine;
	}

	/**
	 * The shutdown settings.
	 * @return the shutdown settings
	 */
	public Shutdown getShutdown() {
		return this.shutdown;
	}

	/**
	 * The TCP settings.
	 * @return the TCP settings
	 */
	public Tcp getTcp() {
		return this.tcp;
	}

	@Override
	public boolean supports(Class<?> type) {
		return SockworkProperties.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		SockworkPropertiesValidator.validate((SockworkProperties) target, errors);
	}

	/**
	 * The metrics settings.
	 * @return the metrics settings
	 */
	public Metrics getMetrics() {
		return this.metrics;
	}

	/**
	 * The UDP settings.
	 * @return the UDP settings
	 */
	public Udp getUdp() {
		return this.udp;
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

		/**
		 * The number of event-loop threads.
		 * @return the count, 0 for the default
		 */
		public int getThreads() {
			return this.threads;
		}

		/**
		 * Sets the number of event-loop threads.
		 * @param threads the count, 0 for the default
		 */
		public void setThreads(int threads) {
			this.threads = threads;
		}

		/**
		 * The I/O transport.
		 * @return the transport
		 */
		public Transport getTransport() {
			return this.transport;
		}

		/**
		 * Sets the I/O transport.
		 * @param transport the transport
		 */
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

		/**
		 * The grace period.
		 * @return the time open sockets get
		 */
		public Duration getGracePeriod() {
			return this.gracePeriod;
		}

		/**
		 * Sets the grace period.
		 * @param gracePeriod the time open sockets get
		 */
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
		private final Map<String, Listener> listeners = new LinkedHashMap<>();

		/**
		 * The listener settings by name.
		 * @return the settings
		 */
		public Map<String, Listener> getListeners() {
			return this.listeners;
		}

		/**
		 * TCP clients by name; a value here overrides the attribute of the @TcpClient of
		 * the same name.
		 */
		private final Map<String, Client> clients = new LinkedHashMap<>();

		/**
		 * The client settings by name.
		 * @return the settings
		 */
		public Map<String, Client> getClients() {
			return this.clients;
		}

	}

	/**
	 * Settings of one TCP listener; unset values keep the annotation's.
	 */
	public static class Listener {

		/**
		 * Address to bind, for example 127.0.0.1; every interface when unset.
		 */
		private @Nullable String host;

		/**
		 * Port to listen on, 0 for an ephemeral one.
		 */
		private @Nullable Integer port;

		/**
		 * Unix domain socket file to listen on instead of a host and port.
		 */
		private @Nullable Path unix;

		/**
		 * Accept backlog, 0 for the system's default.
		 */
		private @Nullable Integer backlog;

		/**
		 * Time without traffic after which a socket gets its timeout handler and is
		 * closed.
		 */
		private @Nullable Duration idleTimeout;

		/**
		 * Most open connections, 0 for no limit; more are closed at once.
		 */
		private @Nullable Integer maxConnections;

		/**
		 * Where the handlers run: on the event loop, or on the application's task
		 * executor.
		 */
		private @Nullable Dispatch dispatch;

		/**
		 * Whether a socket stays open for writing after the peer ended its side.
		 */
		private @Nullable Boolean allowHalfOpen;

		/**
		 * Whether TCP_NODELAY is set, sending small segments at once.
		 */
		private @Nullable Boolean noDelay;

		/**
		 * Whether SO_KEEPALIVE is set, sending keep-alive probes on idle connections.
		 */
		private @Nullable Boolean keepAlive;

		/**
		 * Charset that decodes String parameters and encodes returned text.
		 */
		private @Nullable Charset charset;

		/**
		 * Limits of each socket's outbound buffer.
		 */
		private final WriteBuffer writeBuffer = new WriteBuffer();

		/**
		 * TLS of the listener, from a Spring Boot SSL bundle.
		 */
		private final Tls tls = new Tls();

		/**
		 * How the byte stream is cut into the messages the data handler receives.
		 */
		private final Framing framing = new Framing();

		/**
		 * Whether every connection starts with a PROXY protocol (v1 or v2) header, whose
		 * source becomes the socket's remote address; connections without a valid header
		 * are closed.
		 */
		private @Nullable Boolean proxyProtocol;

		/**
		 * The address to bind.
		 * @return the host, or {@code null} when unset
		 */
		public @Nullable String getHost() {
			return this.host;
		}

		/**
		 * Sets the address to bind.
		 * @param host the host
		 */
		public void setHost(@Nullable String host) {
			this.host = host;
		}

		/**
		 * The port.
		 * @return the port, or {@code null} when unset
		 */
		public @Nullable Integer getPort() {
			return this.port;
		}

		/**
		 * Sets the port.
		 * @param port the port, 0 for an ephemeral one
		 */
		public void setPort(@Nullable Integer port) {
			this.port = port;
		}

		/**
		 * The Unix domain socket file to listen on.
		 * @return the file, or {@code null} when unset
		 */
		public @Nullable Path getUnix() {
			return this.unix;
		}

		/**
		 * Sets the Unix domain socket file to listen on.
		 * @param unix the file, or {@code null} to unset
		 */
		public void setUnix(@Nullable Path unix) {
			this.unix = unix;
		}

		/**
		 * The accept backlog.
		 * @return the backlog, or {@code null} when unset
		 */
		public @Nullable Integer getBacklog() {
			return this.backlog;
		}

		/**
		 * Sets the accept backlog.
		 * @param backlog the backlog
		 */
		public void setBacklog(@Nullable Integer backlog) {
			this.backlog = backlog;
		}

		/**
		 * The idle timeout.
		 * @return the timeout, or {@code null} when unset
		 */
		public @Nullable Duration getIdleTimeout() {
			return this.idleTimeout;
		}

		/**
		 * Sets the idle timeout.
		 * @param idleTimeout the timeout
		 */
		public void setIdleTimeout(@Nullable Duration idleTimeout) {
			this.idleTimeout = idleTimeout;
		}

		/**
		 * The most open connections.
		 * @return the limit, or {@code null} when unset
		 */
		public @Nullable Integer getMaxConnections() {
			return this.maxConnections;
		}

		/**
		 * Sets the most open connections.
		 * @param maxConnections the limit, 0 for none
		 */
		public void setMaxConnections(@Nullable Integer maxConnections) {
			this.maxConnections = maxConnections;
		}

		/**
		 * Where the handlers run.
		 * @return the dispatch mode, or {@code null} when unset
		 */
		public @Nullable Dispatch getDispatch() {
			return this.dispatch;
		}

		/**
		 * Sets where the handlers run.
		 * @param dispatch the dispatch mode
		 */
		public void setDispatch(@Nullable Dispatch dispatch) {
			this.dispatch = dispatch;
		}

		/**
		 * Whether half-open sockets are allowed.
		 * @return the setting, or {@code null} when unset
		 */
		public @Nullable Boolean getAllowHalfOpen() {
			return this.allowHalfOpen;
		}

		/**
		 * Sets whether half-open sockets are allowed.
		 * @param allowHalfOpen the setting
		 */
		public void setAllowHalfOpen(@Nullable Boolean allowHalfOpen) {
			this.allowHalfOpen = allowHalfOpen;
		}

		/**
		 * Whether TCP_NODELAY is set.
		 * @return the setting, or {@code null} when unset
		 */
		public @Nullable Boolean getNoDelay() {
			return this.noDelay;
		}

		/**
		 * Sets whether TCP_NODELAY is set.
		 * @param noDelay the setting
		 */
		public void setNoDelay(@Nullable Boolean noDelay) {
			this.noDelay = noDelay;
		}

		/**
		 * Whether SO_KEEPALIVE is set.
		 * @return the setting, or {@code null} when unset
		 */
		public @Nullable Boolean getKeepAlive() {
			return this.keepAlive;
		}

		/**
		 * Sets whether SO_KEEPALIVE is set.
		 * @param keepAlive the setting
		 */
		public void setKeepAlive(@Nullable Boolean keepAlive) {
			this.keepAlive = keepAlive;
		}

		/**
		 * The charset of String parameters and returned text.
		 * @return the charset, or {@code null} when unset
		 */
		public @Nullable Charset getCharset() {
			return this.charset;
		}

		/**
		 * Sets the charset of String parameters and returned text.
		 * @param charset the charset
		 */
		public void setCharset(@Nullable Charset charset) {
			this.charset = charset;
		}

		/**
		 * The outbound buffer settings.
		 * @return the settings
		 */
		public WriteBuffer getWriteBuffer() {
			return this.writeBuffer;
		}

		/**
		 * The TLS settings.
		 * @return the settings
		 */
		public Tls getTls() {
			return this.tls;
		}

		/**
		 * How the byte stream is cut into messages.
		 * @return the framing properties
		 */
		public Framing getFraming() {
			return this.framing;
		}

		/**
		 * Whether connections start with a PROXY protocol header.
		 * @return whether the PROXY protocol is expected, or {@code null} if not set
		 */
		public @Nullable Boolean getProxyProtocol() {
			return this.proxyProtocol;
		}

		/**
		 * Sets whether connections start with a PROXY protocol header.
		 * @param proxyProtocol whether the PROXY protocol is expected
		 */
		public void setProxyProtocol(@Nullable Boolean proxyProtocol) {
			this.proxyProtocol = proxyProtocol;
		}

	}

	/**
	 * Limits of a socket's outbound buffer.
	 */
	public static class WriteBuffer {

		/**
		 * Outbound buffer size above which writes are cut short (backpressure).
		 */
		private @Nullable DataSize highWaterMark;

		/**
		 * Outbound buffer size under which the drain handler fires after a write was cut
		 * short.
		 */
		private @Nullable DataSize lowWaterMark;

		/**
		 * The high-water mark.
		 * @return the size, or {@code null} when unset
		 */
		public @Nullable DataSize getHighWaterMark() {
			return this.highWaterMark;
		}

		/**
		 * Sets the high-water mark.
		 * @param highWaterMark the size
		 */
		public void setHighWaterMark(@Nullable DataSize highWaterMark) {
			this.highWaterMark = highWaterMark;
		}

		/**
		 * The low-water mark.
		 * @return the size, or {@code null} when unset
		 */
		public @Nullable DataSize getLowWaterMark() {
			return this.lowWaterMark;
		}

		/**
		 * Sets the low-water mark.
		 * @param lowWaterMark the size
		 */
		public void setLowWaterMark(@Nullable DataSize lowWaterMark) {
			this.lowWaterMark = lowWaterMark;
		}

	}

	/**
	 * TLS of a listener.
	 */
	public static class Tls {

		/**
		 * Name of the SSL bundle (spring.ssl.bundle.pem.* or spring.ssl.bundle.jks.*)
		 * whose key and certificate make the listener a TLS listener; its files rotate
		 * without a restart when the bundle has reload-on-update.
		 */
		private @Nullable String bundle;

		/**
		 * Whether clients are asked for a certificate trusted by the bundle's trust
		 * store: none, want or need.
		 */
		private @Nullable TlsClientAuth clientAuth;

		/**
		 * ALPN protocols offered, most preferred first.
		 */
		private @Nullable List<String> alpn;

		/**
		 * The SSL bundle name.
		 * @return the name, or {@code null} when unset
		 */
		public @Nullable String getBundle() {
			return this.bundle;
		}

		/**
		 * Sets the SSL bundle name.
		 * @param bundle the name
		 */
		public void setBundle(@Nullable String bundle) {
			this.bundle = bundle;
		}

		/**
		 * The client authentication.
		 * @return the client authentication, or {@code null} when unset
		 */
		public @Nullable TlsClientAuth getClientAuth() {
			return this.clientAuth;
		}

		/**
		 * Sets the client authentication.
		 * @param clientAuth the client authentication
		 */
		public void setClientAuth(@Nullable TlsClientAuth clientAuth) {
			this.clientAuth = clientAuth;
		}

		/**
		 * The ALPN protocols.
		 * @return the protocols, or {@code null} when unset
		 */
		public @Nullable List<String> getAlpn() {
			return this.alpn;
		}

		/**
		 * Sets the ALPN protocols.
		 * @param alpn the protocols, most preferred first
		 */
		public void setAlpn(@Nullable List<String> alpn) {
			this.alpn = alpn;
		}

	}

	/**
	 * The framing of a TCP listener.
	 */
	public static class Framing {

		/**
		 * Kind of framing: raw (chunks as they arrive), lines, delimiter, length-prefixed
		 * or fixed.
		 */
		private @Nullable FramingType type;

		/**
		 * Most bytes of a frame (lines, delimiter, length-prefixed), without delimiter or
		 * prefix; a longer frame closes its connection. 64KB unless set.
		 */
		private @Nullable DataSize maxLength;

		/**
		 * Delimiter of delimiter framing: text (UTF-8), or 'hex:' and hex digits for any
		 * bytes.
		 */
		private @Nullable String delimiter;

		/**
		 * Bytes of the length field of length-prefixed framing: 1, 2 or 4.
		 */
		private @Nullable Integer lengthFieldLength;

		/**
		 * Whether the length field of length-prefixed framing is little-endian
		 * (big-endian otherwise).
		 */
		private @Nullable Boolean littleEndian;

		/**
		 * Bytes of every frame of fixed framing.
		 */
		private @Nullable Integer length;

		/**
		 * The kind of framing.
		 * @return the type, or {@code null} if not set
		 */
		public @Nullable FramingType getType() {
			return this.type;
		}

		/**
		 * Sets the kind of framing.
		 * @param type the type
		 */
		public void setType(@Nullable FramingType type) {
			this.type = type;
		}

		/**
		 * The most bytes of a frame.
		 * @return the maximum, or {@code null} if not set
		 */
		public @Nullable DataSize getMaxLength() {
			return this.maxLength;
		}

		/**
		 * Sets the most bytes of a frame.
		 * @param maxLength the maximum
		 */
		public void setMaxLength(@Nullable DataSize maxLength) {
			this.maxLength = maxLength;
		}

		/**
		 * The delimiter of delimiter framing.
		 * @return the delimiter, or {@code null} if not set
		 */
		public @Nullable String getDelimiter() {
			return this.delimiter;
		}

		/**
		 * Sets the delimiter of delimiter framing.
		 * @param delimiter text, or 'hex:' and hex digits
		 */
		public void setDelimiter(@Nullable String delimiter) {
			this.delimiter = delimiter;
		}

		/**
		 * The bytes of the length field.
		 * @return 1, 2 or 4, or {@code null} if not set
		 */
		public @Nullable Integer getLengthFieldLength() {
			return this.lengthFieldLength;
		}

		/**
		 * Sets the bytes of the length field.
		 * @param lengthFieldLength 1, 2 or 4
		 */
		public void setLengthFieldLength(@Nullable Integer lengthFieldLength) {
			this.lengthFieldLength = lengthFieldLength;
		}

		/**
		 * Whether the length field is little-endian.
		 * @return whether the length field is little-endian, or {@code null} if not set
		 */
		public @Nullable Boolean getLittleEndian() {
			return this.littleEndian;
		}

		/**
		 * Sets whether the length field is little-endian.
		 * @param littleEndian whether the length field is little-endian
		 */
		public void setLittleEndian(@Nullable Boolean littleEndian) {
			this.littleEndian = littleEndian;
		}

		/**
		 * The bytes of every frame of fixed framing.
		 * @return the length, or {@code null} if not set
		 */
		public @Nullable Integer getLength() {
			return this.length;
		}

		/**
		 * Sets the bytes of every frame of fixed framing.
		 * @param length the length
		 */
		public void setLength(@Nullable Integer length) {
			this.length = length;
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

		/**
		 * The handler timer's settings.
		 * @return the settings
		 */
		public HandlerDuration getHandlerDuration() {
			return this.handlerDuration;
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
		private final Map<String, UdpSocket> sockets = new LinkedHashMap<>();

		/**
		 * The UDP socket settings by name.
		 * @return the settings
		 */
		public Map<String, UdpSocket> getSockets() {
			return this.sockets;
		}

	}

	/**
	 * Settings of the timer of handler methods.
	 */
	public static class HandlerDuration {

		/**
		 * Whether every handler call is timed (sockwork.handler.duration); off by default
		 * as it costs time on every event.
		 */
		private boolean enabled;

		/**
		 * Whether handler calls are timed.
		 * @return whether the timer is on
		 */
		public boolean isEnabled() {
			return this.enabled;
		}

		/**
		 * Sets whether handler calls are timed.
		 * @param enabled whether the timer is on
		 */
		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

	/**
	 * Settings of one UDP socket; unset values keep the annotation's.
	 */
	public static class UdpSocket {

		/**
		 * Address to bind, for example 0.0.0.0 to receive IPv4 multicast; every interface
		 * when unset.
		 */
		private @Nullable String host;

		/**
		 * Port to bind, 0 for an ephemeral one.
		 */
		private @Nullable Integer port;

		/**
		 * Whether SO_BROADCAST is set, allowing datagrams to be sent to broadcast
		 * addresses.
		 */
		private @Nullable Boolean broadcast;

		/**
		 * IP time-to-live of unicast datagrams sent; needs a native transport (epoll or
		 * io_uring).
		 */
		private @Nullable Integer ttl;

		/**
		 * Size of the kernel's receive buffer (SO_RCVBUF); the system's default when
		 * unset.
		 */
		private @Nullable DataSize receiveBufferSize;

		/**
		 * Largest datagram sent or received, at most 65507B; larger ones are refused or
		 * dropped.
		 */
		private @Nullable DataSize maxDatagramSize;

		/**
		 * Multicast groups joined while the socket runs, and the options of multicast
		 * datagrams sent.
		 */
		private final Multicast multicast = new Multicast();

		/**
		 * The address to bind.
		 * @return the host, or {@code null} when unset
		 */
		public @Nullable String getHost() {
			return this.host;
		}

		/**
		 * Sets the address to bind.
		 * @param host the host
		 */
		public void setHost(@Nullable String host) {
			this.host = host;
		}

		/**
		 * The port.
		 * @return the port, or {@code null} when unset
		 */
		public @Nullable Integer getPort() {
			return this.port;
		}

		/**
		 * Sets the port.
		 * @param port the port, 0 for an ephemeral one
		 */
		public void setPort(@Nullable Integer port) {
			this.port = port;
		}

		/**
		 * Whether SO_BROADCAST is set.
		 * @return the setting, or {@code null} when unset
		 */
		public @Nullable Boolean getBroadcast() {
			return this.broadcast;
		}

		/**
		 * Sets whether SO_BROADCAST is set.
		 * @param broadcast the setting
		 */
		public void setBroadcast(@Nullable Boolean broadcast) {
			this.broadcast = broadcast;
		}

		/**
		 * The IP time-to-live of unicast datagrams.
		 * @return the TTL, or {@code null} when unset
		 */
		public @Nullable Integer getTtl() {
			return this.ttl;
		}

		/**
		 * Sets the IP time-to-live of unicast datagrams.
		 * @param ttl the TTL
		 */
		public void setTtl(@Nullable Integer ttl) {
			this.ttl = ttl;
		}

		/**
		 * The kernel's receive buffer size.
		 * @return the size, or {@code null} when unset
		 */
		public @Nullable DataSize getReceiveBufferSize() {
			return this.receiveBufferSize;
		}

		/**
		 * Sets the kernel's receive buffer size.
		 * @param receiveBufferSize the size
		 */
		public void setReceiveBufferSize(@Nullable DataSize receiveBufferSize) {
			this.receiveBufferSize = receiveBufferSize;
		}

		/**
		 * The largest datagram.
		 * @return the size, or {@code null} when unset
		 */
		public @Nullable DataSize getMaxDatagramSize() {
			return this.maxDatagramSize;
		}

		/**
		 * Sets the largest datagram.
		 * @param maxDatagramSize the size
		 */
		public void setMaxDatagramSize(@Nullable DataSize maxDatagramSize) {
			this.maxDatagramSize = maxDatagramSize;
		}

		/**
		 * The multicast settings.
		 * @return the settings
		 */
		public Multicast getMulticast() {
			return this.multicast;
		}

	}

	/**
	 * Multicast settings of a UDP socket.
	 */
	public static class Multicast {

		/**
		 * Multicast groups to join, as IP literals such as 239.1.2.3; replaces the
		 * annotation's groups when set.
		 */
		private @Nullable List<String> groups;

		/**
		 * Only source to receive the groups' datagrams from (source-specific membership),
		 * as an IP literal.
		 */
		private @Nullable String source;

		/**
		 * Interface that joins the groups and sends multicast datagrams, as a name such
		 * as lo or one of its addresses.
		 */
		@Name("interface")
		private @Nullable String networkInterface;

		/**
		 * Time-to-live of multicast datagrams sent, from 0 to 255.
		 */
		private @Nullable Integer ttl;

		/**
		 * Whether multicast datagrams sent are looped back to sockets of this host.
		 */
		private @Nullable Boolean loopback;

		/**
		 * The groups to join.
		 * @return the groups, or {@code null} when unset
		 */
		public @Nullable List<String> getGroups() {
			return this.groups;
		}

		/**
		 * Sets the groups to join.
		 * @param groups the groups
		 */
		public void setGroups(@Nullable List<String> groups) {
			this.groups = (groups != null) ? new ArrayList<>(groups) : null;
		}

		/**
		 * The source of source-specific membership.
		 * @return the source, or {@code null} when unset
		 */
		public @Nullable String getSource() {
			return this.source;
		}

		/**
		 * Sets the source of source-specific membership.
		 * @param source the source
		 */
		public void setSource(@Nullable String source) {
			this.source = source;
		}

		/**
		 * The multicast interface.
		 * @return an interface name or address, or {@code null} when unset
		 */
		public @Nullable String getNetworkInterface() {
			return this.networkInterface;
		}

		/**
		 * Sets the multicast interface.
		 * @param networkInterface an interface name or address
		 */
		public void setNetworkInterface(@Nullable String networkInterface) {
			this.networkInterface = networkInterface;
		}

		/**
		 * The multicast TTL.
		 * @return the TTL, or {@code null} when unset
		 */
		public @Nullable Integer getTtl() {
			return this.ttl;
		}

		/**
		 * Sets the multicast TTL.
		 * @param ttl the TTL
		 */
		public void setTtl(@Nullable Integer ttl) {
			this.ttl = ttl;
		}

		/**
		 * Whether multicast datagrams are looped back.
		 * @return the setting, or {@code null} when unset
		 */
		public @Nullable Boolean getLoopback() {
			return this.loopback;
		}

		/**
		 * Sets whether multicast datagrams are looped back.
		 * @param loopback the setting
		 */
		public void setLoopback(@Nullable Boolean loopback) {
			this.loopback = loopback;
		}

	}

	/**
	 * Settings of one TCP client; unset values keep the annotation's.
	 */
	public static class Client {

		/**
		 * Host to connect to.
		 */
		private @Nullable String host;

		/**
		 * Port to connect to.
		 */
		private @Nullable Integer port;

		/**
		 * Unix domain socket file to connect to instead of a host and port.
		 */
		private @Nullable Path unix;

		/**
		 * How long one connection attempt may take.
		 */
		private @Nullable Duration connectTimeout;

		/**
		 * Charset that decodes String parameters and encodes returned text.
		 */
		private @Nullable Charset charset;

		/**
		 * Backoff between connection attempts after the connection failed or dropped.
		 */
		private final Reconnect reconnect = new Reconnect();

		/**
		 * TLS of the client, from a Spring Boot SSL bundle.
		 */
		private final ClientTls tls = new ClientTls();

		/**
		 * Whether the application's health depends on this client: when true, the
		 * 'sockets' health indicator is DOWN while it is not connected. By default a
		 * client only appears in the indicator's details.
		 */
		private @Nullable Boolean required;

		/**
		 * The host to connect to.
		 * @return the host, or {@code null} when unset
		 */
		public @Nullable String getHost() {
			return this.host;
		}

		/**
		 * Sets the host to connect to.
		 * @param host the host
		 */
		public void setHost(@Nullable String host) {
			this.host = host;
		}

		/**
		 * The port to connect to.
		 * @return the port, or {@code null} when unset
		 */
		public @Nullable Integer getPort() {
			return this.port;
		}

		/**
		 * Sets the port to connect to.
		 * @param port the port
		 */
		public void setPort(@Nullable Integer port) {
			this.port = port;
		}

		/**
		 * The Unix domain socket file to connect to.
		 * @return the file, or {@code null} when unset
		 */
		public @Nullable Path getUnix() {
			return this.unix;
		}

		/**
		 * Sets the Unix domain socket file to connect to.
		 * @param unix the file
		 */
		public void setUnix(@Nullable Path unix) {
			this.unix = unix;
		}

		/**
		 * How long one connection attempt may take.
		 * @return the timeout, or {@code null} when unset
		 */
		public @Nullable Duration getConnectTimeout() {
			return this.connectTimeout;
		}

		/**
		 * Sets how long one connection attempt may take.
		 * @param connectTimeout the timeout
		 */
		public void setConnectTimeout(@Nullable Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
		}

		/**
		 * The charset of String parameters and returned text.
		 * @return the charset, or {@code null} when unset
		 */
		public @Nullable Charset getCharset() {
			return this.charset;
		}

		/**
		 * Sets the charset of String parameters and returned text.
		 * @param charset the charset
		 */
		public void setCharset(@Nullable Charset charset) {
			this.charset = charset;
		}

		/**
		 * The reconnect settings.
		 * @return the settings
		 */
		public Reconnect getReconnect() {
			return this.reconnect;
		}

		/**
		 * The TLS settings.
		 * @return the settings
		 */
		public ClientTls getTls() {
			return this.tls;
		}

		/**
		 * Whether the application's health depends on this client.
		 * @return whether it is required, or {@code null} when unset
		 */
		public @Nullable Boolean getRequired() {
			return this.required;
		}

		/**
		 * Sets whether the application's health depends on this client.
		 * @param required whether it is required
		 */
		public void setRequired(@Nullable Boolean required) {
			this.required = required;
		}

	}

	/**
	 * Exponential backoff between the connection attempts of a TCP client.
	 */
	public static class Reconnect {

		/**
		 * Delay before the first attempt after the connection failed or dropped.
		 */
		private @Nullable Duration initialDelay;

		/**
		 * Longest delay between attempts.
		 */
		private @Nullable Duration maxDelay;

		/**
		 * Growth of the delay after each failed attempt, at least 1.
		 */
		private @Nullable Double multiplier;

		/**
		 * Fraction of the delay, from 0 to 1, by which it is spread at random either way.
		 */
		private @Nullable Double jitter;

		/**
		 * The initial delay.
		 * @return the delay, or {@code null} when unset
		 */
		public @Nullable Duration getInitialDelay() {
			return this.initialDelay;
		}

		/**
		 * Sets the initial delay.
		 * @param initialDelay the delay
		 */
		public void setInitialDelay(@Nullable Duration initialDelay) {
			this.initialDelay = initialDelay;
		}

		/**
		 * The longest delay.
		 * @return the delay, or {@code null} when unset
		 */
		public @Nullable Duration getMaxDelay() {
			return this.maxDelay;
		}

		/**
		 * Sets the longest delay.
		 * @param maxDelay the delay
		 */
		public void setMaxDelay(@Nullable Duration maxDelay) {
			this.maxDelay = maxDelay;
		}

		/**
		 * The growth of the delay.
		 * @return the multiplier, or {@code null} when unset
		 */
		public @Nullable Double getMultiplier() {
			return this.multiplier;
		}

		/**
		 * Sets the growth of the delay.
		 * @param multiplier the multiplier
		 */
		public void setMultiplier(@Nullable Double multiplier) {
			this.multiplier = multiplier;
		}

		/**
		 * The jitter.
		 * @return the fraction, or {@code null} when unset
		 */
		public @Nullable Double getJitter() {
			return this.jitter;
		}

		/**
		 * Sets the jitter.
		 * @param jitter the fraction
		 */
		public void setJitter(@Nullable Double jitter) {
			this.jitter = jitter;
		}

	}

	/**
	 * TLS of a TCP client.
	 */
	public static class ClientTls {

		/**
		 * Name of the SSL bundle (spring.ssl.bundle.*) whose trust store verifies the
		 * server.
		 */
		private @Nullable String bundle;

		/**
		 * The SSL bundle name.
		 * @return the name, or {@code null} when unset
		 */
		public @Nullable String getBundle() {
			return this.bundle;
		}

		/**
		 * Sets the SSL bundle name.
		 * @param bundle the name
		 */
		public void setBundle(@Nullable String bundle) {
			this.bundle = bundle;
		}

	}

}
