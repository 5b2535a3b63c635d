package io.sockwork.boot.config;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.core.TcpListenOptions;
import io.sockwork.core.TcpSocketOptions;
import io.sockwork.core.TlsClientAuth;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.PropertyMapper;

/**
 * The settings of one TCP listener, first read from its {@code @TcpListener} annotation,
 * then changed by every {@link TcpListenerSettingsCustomizer} (configuration properties
 * among them). Both mappings are here, so that an option is written in the annotation,
 * {@link TcpListenerProperties} and this class only.
 */
public final class TcpListenerSettings extends TcpSettings {

	private int backlog;

	private boolean reusePort;

	private int maxConnections;

	private boolean allowHalfOpen = TcpSocketOptions.DEFAULT.allowHalfOpen();

	private TlsClientAuth tlsClientAuth = TlsClientAuth.NONE;

	private List<String> tlsAlpn = List.of();

	private Map<String, String> tlsSni = Map.of();

	private boolean proxyProtocol;

	private Duration proxyProtocolTimeout = TcpListenOptions.DEFAULT_PROXY_PROTOCOL_TIMEOUT;

	private @Nullable String dataBean;

	/**
	 * Creates settings with the defaults.
	 * @param name the listener's name
	 * @param source the handler method that declares the listener, for messages
	 */
	public TcpListenerSettings(String name, String source) {
		super(name, source);
	}

	/**
	 * The settings an annotation gives.
	 * @param annotation the annotation
	 * @param name the listener's name
	 * @param source the handler method that declares the listener, for messages
	 * @param attributes resolves the attributes' placeholders
	 * @return the settings
	 * @throws IllegalArgumentException if an attribute cannot be parsed
	 */
	public static TcpListenerSettings read(TcpListener annotation, String name, String source,
			AttributeResolver attributes) {
		TcpListenerSettings settings = new TcpListenerSettings(name, source);
		PropertyMapper map = PropertyMapper.get();
		map.from(attributes.text(annotation.host())).to(settings::setHost);
		map.from(attributes.integer(annotation.port(), "port")).to(settings::setPort);
		map.from(annotation.backlog()).to(settings::setBacklog);
		map.from(annotation.reusePort()).to(settings::setReusePort);
		map.from(annotation.maxConnections()).to(settings::setMaxConnections);
		map.from(annotation.allowHalfOpen()).to(settings::setAllowHalfOpen);
		settings.readSocketOptions(annotation.idleTimeout(), annotation.noDelay(), annotation.keepAlive(),
				annotation.highWaterMark(), annotation.lowWaterMark(), attributes);
		settings.readDispatch(annotation.dispatch(), annotation.executor(), annotation.dispatchQueueHighWaterMark(),
				annotation.dispatchQueueLowWaterMark(), attributes);
		map.from(attributes.resolve(annotation.charset())).as(Charset::forName).to(settings::setCharset);
		map.from(attributes.text(annotation.tls())).to(settings::setTlsBundle);
		settings.getFraming()
			.read(annotation.framing(), annotation.maxFrameLength(), annotation.frameDelimiter(),
					annotation.lengthFieldLength(), annotation.lengthFieldLittleEndian(), annotation.frameLength(),
					attributes);
		map.from(annotation.proxyProtocol()).to(settings::setProxyProtocol);
		map.from(annotation.ipv6Only()).to(settings::setIpv6Only);
		map.from(attributes.text(annotation.data())).to(settings::setDataBean);
		return settings;
	}

	/**
	 * Applies the properties that are set, over what the annotation gave.
	 * @param properties the listener's properties
	 */
	public void apply(TcpListenerProperties properties) {
		applyTcp(properties);
		PropertyMapper map = PropertyMapper.get();
		map.from(properties::getBacklog).to(this::setBacklog);
		map.from(properties::getReusePort).to(this::setReusePort);
		map.from(properties::getProxyProtocolTimeout).to(this::setProxyProtocolTimeout);
		map.from(properties::getMaxConnections).to(this::setMaxConnections);
		map.from(properties::getAllowHalfOpen).to(this::setAllowHalfOpen);
		map.from(properties.getTls()::getBundle).to(this::setTlsBundle);
		map.from(properties.getTls()::getClientAuth).to(this::setTlsClientAuth);
		map.from(properties.getTls()::getAlpn).to(this::setTlsAlpn);
		map.from(properties.getTls()::getSni).to(this::setTlsSni);
		map.from(properties::getProxyProtocol).to(this::setProxyProtocol);
		map.from(properties.getTls()::getCrl).to(this::setTlsCrls);
		map.from(properties.getTls()::getHandshakeTimeout).to(this::setTlsHandshakeTimeout);
		map.from(properties::getData).to(this::setDataBean);
	}

	/**
	 * The accept backlog.
	 * @return the backlog, 0 for the system's default
	 */
	public int getBacklog() {
		return this.backlog;
	}

	/**
	 * Sets the accept backlog.
	 * @param backlog the backlog, 0 for the system's default
	 */
	public void setBacklog(int backlog) {
		this.backlog = backlog;
	}

	/**
	 * Whether SO_REUSEPORT is set.
	 * @return whether several listeners may share the port
	 */
	public boolean isReusePort() {
		return this.reusePort;
	}

	/**
	 * Sets whether SO_REUSEPORT is set, so that several processes or contexts listen on
	 * one port (native transports only).
	 * @param reusePort whether several listeners may share the port
	 */
	public void setReusePort(boolean reusePort) {
		this.reusePort = reusePort;
	}

	/**
	 * The most open connections.
	 * @return the limit, 0 for none
	 */
	public int getMaxConnections() {
		return this.maxConnections;
	}

	/**
	 * Sets the most open connections.
	 * @param maxConnections the limit, 0 for none
	 */
	public void setMaxConnections(int maxConnections) {
		this.maxConnections = maxConnections;
	}

	/**
	 * Whether half-open sockets are allowed.
	 * @return whether a socket stays writable after the peer ended
	 */
	public boolean isAllowHalfOpen() {
		return this.allowHalfOpen;
	}

	/**
	 * Sets whether half-open sockets are allowed.
	 * @param allowHalfOpen whether a socket stays writable after the peer ended
	 */
	public void setAllowHalfOpen(boolean allowHalfOpen) {
		this.allowHalfOpen = allowHalfOpen;
	}

	/**
	 * Whether the listener asks its clients for a certificate.
	 * @return the client authentication
	 */
	public TlsClientAuth getTlsClientAuth() {
		return this.tlsClientAuth;
	}

	/**
	 * Sets whether the listener asks its clients for a certificate, trusted by the
	 * bundle's trust store.
	 * @param tlsClientAuth the client authentication
	 */
	public void setTlsClientAuth(TlsClientAuth tlsClientAuth) {
		this.tlsClientAuth = tlsClientAuth;
	}

	/**
	 * The ALPN protocols offered.
	 * @return the protocols, most preferred first, empty for none
	 */
	public List<String> getTlsAlpn() {
		return this.tlsAlpn;
	}

	/**
	 * Sets the ALPN protocols offered.
	 * @param tlsAlpn the protocols, most preferred first, empty for none
	 */
	public void setTlsAlpn(List<String> tlsAlpn) {
		this.tlsAlpn = List.copyOf(tlsAlpn);
	}

	/**
	 * The SSL bundles by the server name clients ask for (SNI).
	 * @return the bundle names by server name, empty for the one bundle
	 */
	public Map<String, String> getTlsSni() {
		return this.tlsSni;
	}

	/**
	 * Sets the SSL bundles by the server name clients ask for (SNI): {@code a.example} or
	 * a wildcard such as {@code *.b.example}; other names and none get the listener's
	 * bundle.
	 * @param tlsSni the bundle names by server name, empty for the one bundle
	 */
	public void setTlsSni(Map<String, String> tlsSni) {
		this.tlsSni = Map.copyOf(tlsSni);
	}

	/**
	 * Whether every connection starts with a PROXY protocol (v1 or v2) header giving the
	 * real client's address.
	 * @return whether the PROXY protocol is expected
	 */
	public boolean isProxyProtocol() {
		return this.proxyProtocol;
	}

	/**
	 * Sets whether every connection starts with a PROXY protocol header.
	 * @param proxyProtocol whether the PROXY protocol is expected
	 */
	public void setProxyProtocol(boolean proxyProtocol) {
		this.proxyProtocol = proxyProtocol;
	}

	/**
	 * How long a connection may take to send its whole PROXY protocol header before it is
	 * closed and counted as rejected.
	 * @return the timeout
	 */
	public Duration getProxyProtocolTimeout() {
		return this.proxyProtocolTimeout;
	}

	/**
	 * Sets how long a connection may take to send its PROXY protocol header.
	 * @param proxyProtocolTimeout the timeout
	 */
	public void setProxyProtocolTimeout(Duration proxyProtocolTimeout) {
		this.proxyProtocolTimeout = proxyProtocolTimeout;
	}

	/**
	 * The bean that gives each accepted socket its initial data.
	 * @return the name of a {@code Supplier} bean, or {@code null} for none
	 */
	public @Nullable String getDataBean() {
		return this.dataBean;
	}

	/**
	 * Sets the bean that gives each accepted socket its initial data (Bun's
	 * {@code Bun.listen({ data })}).
	 * @param dataBean the name of a {@code Supplier} bean, or {@code null} for none
	 */
	public void setDataBean(@Nullable String dataBean) {
		this.dataBean = dataBean;
	}

	/**
	 * The engine's options for these settings, without TLS (the SSL bundle provides it)
	 * and initial data (a bean provides it).
	 * @throws IllegalArgumentException if the settings are invalid, for example without a
	 * port
	 */
	public TcpListenOptions toListenOptions() {
		Integer port = getPort();
		Path unix = getUnix();
		if (port == null && unix == null) {
			throw new IllegalArgumentException("No port is configured");
		}
		return new TcpListenOptions(getHost(), (unix == null && port != null) ? port : 0, this.backlog, this.reusePort,
				getIdleTimeout(), this.maxConnections, toSocketOptions().withAllowHalfOpen(this.allowHalfOpen), null)
			.withFraming(getFraming().toFraming())
			.withProxyProtocol(this.proxyProtocol)
			.withProxyProtocolTimeout(this.proxyProtocolTimeout)
			.withUnix(unix)
			.withIpv6Only(isIpv6Only());
	}

}
