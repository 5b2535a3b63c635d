package io.sockwork.boot.autoconfigure;

import java.util.Map;
import java.util.function.Consumer;

import io.sockwork.boot.config.TcpClientSettings;
import io.sockwork.boot.config.TcpClientSettingsCustomizer;
import io.sockwork.boot.config.TcpListenerSettings;
import io.sockwork.boot.config.TcpListenerSettingsCustomizer;
import io.sockwork.boot.config.UdpSocketSettings;
import io.sockwork.boot.config.UdpSocketSettingsCustomizer;

import org.springframework.core.Ordered;

/**
 * Applies {@code sockwork.tcp.listeners.<name>.*}, {@code sockwork.tcp.clients.<name>.*}
 * and {@code sockwork.udp.sockets.<name>.*} to the socket of that name: every property
 * that is set wins over the annotation's attribute. The settings map each property.
 */
final class PropertiesSettingsCustomizer
		implements TcpListenerSettingsCustomizer, TcpClientSettingsCustomizer, UdpSocketSettingsCustomizer, Ordered {

	private final SockworkProperties properties;

	PropertiesSettingsCustomizer(SockworkProperties properties) {
		this.properties = properties;
	}

	@Override
	public void customize(TcpListenerSettings settings) {
		apply(this.properties.getTcp().getListeners(), settings.getName(), settings::apply);
	}

	@Override
	public void customize(TcpClientSettings settings) {
		apply(this.properties.getTcp().getClients(), settings.getName(), settings::apply);
	}

	@Override
	public void customize(UdpSocketSettings settings) {
		apply(this.properties.getUdp().getSockets(), settings.getName(), settings::apply);
	}

	private static <P> void apply(Map<String, P> properties, String name, Consumer<P> settings) {
		P named = properties.get(name);
		if (named != null) {
			settings.accept(named);
		}
	}

	@Override
	public int getOrder() {
		return 0;
	}

}
