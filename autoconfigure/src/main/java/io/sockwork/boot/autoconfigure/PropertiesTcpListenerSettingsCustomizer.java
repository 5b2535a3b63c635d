package io.sockwork.boot.autoconfigure;

import io.sockwork.boot.config.TcpListenerFraming;
import io.sockwork.boot.config.TcpListenerSettings;
import io.sockwork.boot.config.TcpListenerSettingsCustomizer;

import org.springframework.boot.context.properties.PropertyMapper;
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
		PropertyMapper map = PropertyMapper.get();
		map.from(listener::getHost).to(settings::setHost);
		DispatchProperties.map(listener, settings);
		map.from(listener::getPort).to(settings::setPort);
		map.from(listener::getUnix).to(settings::setUnix);
		map.from(listener::getBacklog).to(settings::setBacklog);
		map.from(listener::getIdleTimeout).to(settings::setIdleTimeout);
		map.from(listener::getMaxConnections).to(settings::setMaxConnections);
		map.from(listener::getAllowHalfOpen).to(settings::setAllowHalfOpen);
		map.from(listener::getNoDelay).to(settings::setNoDelay);
		map.from(listener::getKeepAlive).to(settings::setKeepAlive);
		map.from(listener::getCharset).to(settings::setCharset);
		map.from(listener.getWriteBuffer()::getHighWaterMark).to(settings::setHighWaterMark);
		map.from(listener.getWriteBuffer()::getLowWaterMark).to(settings::setLowWaterMark);
		map.from(listener.getTls()::getBundle).to(settings::setTlsBundle);
		map.from(listener.getTls()::getClientAuth).to(settings::setTlsClientAuth);
		map.from(listener.getTls()::getAlpn).to(settings::setTlsAlpn);
		map.from(listener::getProxyProtocol).to(settings::setProxyProtocol);
		SockworkProperties.Framing framing = listener.getFraming();
		TcpListenerFraming target = settings.getFraming();
		map.from(framing::getType).to(target::setType);
		map.from(framing::getMaxLength).to(target::setMaxLength);
		map.from(framing::getDelimiter).to(target::setDelimiter);
		map.from(framing::getLengthFieldLength).to(target::setLengthFieldLength);
		map.from(framing::getLittleEndian).to(target::setLittleEndian);
		map.from(framing::getLength).to(target::setLength);
	}

	@Override
	public int getOrder() {
		return 0;
	}

}
