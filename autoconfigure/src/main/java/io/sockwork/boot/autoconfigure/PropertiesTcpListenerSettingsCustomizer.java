package io.sockwork.boot.autoconfigure;

import java.util.function.Consumer;

import io.sockwork.boot.config.TcpListenerFraming;
import io.sockwork.boot.config.TcpListenerSettings;
import io.sockwork.boot.config.TcpListenerSettingsCustomizer;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;

/**
 * Applies {@code sockwork.tcp.listeners.<name>.*} to the listener of that name: every
 * property that is set wins over the annotation's attribute.
 */
final class PropertiesTcpListenerSettingsCustomizer implements TcpListenerSettingsCustomizer, Ordered {

	private final SockworkProperties properties;

	PropertiesTcpListenerSettingsCustomizer(SockworkProperties properties) {
		this.properties = properties;
	}

	@Override
	public void customize(TcpListenerSettings settings) {
		SockworkProperties.Listener listener = this.properties.getTcp().getListeners().get(settings.getName());
		if (listener == null) {
			return;
		}
		set(listener.getHost(), settings::setHost);
		set(listener.getPort(), settings::setPort);
		set(listener.getUnix(), settings::setUnix);
		set(listener.getBacklog(), settings::setBacklog);
		set(listener.getIdleTimeout(), settings::setIdleTimeout);
		set(listener.getMaxConnections(), settings::setMaxConnections);
		set(listener.getDispatch(), settings::setDispatch);
		set(listener.getAllowHalfOpen(), settings::setAllowHalfOpen);
		set(listener.getNoDelay(), settings::setNoDelay);
		set(listener.getKeepAlive(), settings::setKeepAlive);
		set(listener.getCharset(), settings::setCharset);
		set(listener.getWriteBuffer().getHighWaterMark(), settings::setHighWaterMark);
		set(listener.getWriteBuffer().getLowWaterMark(), settings::setLowWaterMark);
		set(listener.getTls().getBundle(), settings::setTlsBundle);
		set(listener.getTls().getClientAuth(), settings::setTlsClientAuth);
		set(listener.getTls().getAlpn(), settings::setTlsAlpn);
		set(listener.getProxyProtocol(), settings::setProxyProtocol);
		SockworkProperties.Framing framing = listener.getFraming();
		TcpListenerFraming target = settings.getFraming();
		set(framing.getType(), target::setType);
		set(framing.getMaxLength(), target::setMaxLength);
		set(framing.getDelimiter(), target::setDelimiter);
		set(framing.getLengthFieldLength(), target::setLengthFieldLength);
		set(framing.getLittleEndian(), target::setLittleEndian);
		set(framing.getLength(), target::setLength);
	}

	/**
	 * Calls the setter when the property is set.
	 */
	static <V> void set(@Nullable V value, Consumer<V> setter) {
		if (value != null) {
			setter.accept(value);
		}
	}

	@Override
	public int getOrder() {
		return 0;
	}

}
