package io.sockwork.boot.autoconfigure;

import io.sockwork.boot.config.TcpClientSettings;
import io.sockwork.boot.config.TcpClientSettingsCustomizer;

import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.core.Ordered;

/**
 * Applies {@code sockwork.tcp.clients.<name>.*} to the client of that name: every
 * property that is set wins over the annotation's attribute.
 */
final class PropertiesTcpClientSettingsCustomizer implements TcpClientSettingsCustomizer, Ordered {

	private final SockworkProperties properties;

	PropertiesTcpClientSettingsCustomizer(SockworkProperties properties) {
		this.properties = properties;
	}

	@Override
	public void customize(TcpClientSettings settings) {
		SockworkProperties.Client client = this.properties.getTcp().getClients().get(settings.getName());
		if (client == null) {
			return;
		}
		PropertyMapper map = PropertyMapper.get();
		map.from(client::getHost).to(settings::setHost);
		DispatchProperties.map(client, settings);
		map.from(client::getPort).to(settings::setPort);
		map.from(client::getUnix).to(settings::setUnix);
		map.from(client::getConnectTimeout).to(settings::setConnectTimeout);
		map.from(client::getCharset).to(settings::setCharset);
		map.from(client.getReconnect()::getInitialDelay).to(settings::setReconnectInitialDelay);
		map.from(client.getReconnect()::getMaxDelay).to(settings::setReconnectMaxDelay);
		map.from(client.getReconnect()::getMultiplier).to(settings::setReconnectMultiplier);
		map.from(client.getReconnect()::getJitter).to(settings::setReconnectJitter);
		map.from(client.getTls()::getBundle).to(settings::setTlsBundle);
		map.from(client::getRequired).to(settings::setRequired);
	}

	@Override
	public int getOrder() {
		return 0;
	}

}
