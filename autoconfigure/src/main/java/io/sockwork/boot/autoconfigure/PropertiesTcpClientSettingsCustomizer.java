package io.sockwork.boot.autoconfigure;

import io.sockwork.boot.config.TcpClientSettings;
import io.sockwork.boot.config.TcpClientSettingsCustomizer;
import org.springframework.core.Ordered;

import static io.sockwork.boot.autoconfigure.PropertiesTcpListenerSettingsCustomizer.set;

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
		set(client.getHost(), settings::setHost);
		set(client.getPort(), settings::setPort);
		set(client.getUnix(), settings::setUnix);
		set(client.getConnectTimeout(), settings::setConnectTimeout);
		set(client.getCharset(), settings::setCharset);
		set(client.getReconnect().getInitialDelay(), settings::setReconnectInitialDelay);
		set(client.getReconnect().getMaxDelay(), settings::setReconnectMaxDelay);
		set(client.getReconnect().getMultiplier(), settings::setReconnectMultiplier);
		set(client.getReconnect().getJitter(), settings::setReconnectJitter);
		set(client.getTls().getBundle(), settings::setTlsBundle);
	}

	@Override
	public int getOrder() {
		return 0;
	}

}
