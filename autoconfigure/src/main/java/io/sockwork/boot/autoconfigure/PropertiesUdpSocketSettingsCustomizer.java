package io.sockwork.boot.autoconfigure;

import io.sockwork.boot.config.UdpSocketSettings;
import io.sockwork.boot.config.UdpSocketSettingsCustomizer;
import org.springframework.core.Ordered;

import static io.sockwork.boot.autoconfigure.PropertiesTcpListenerSettingsCustomizer.set;

/**
 * Applies {@code sockwork.udp.sockets.<name>.*} to the UDP socket of that name: every
 * property that is set wins over the annotation's attribute.
 */
final class PropertiesUdpSocketSettingsCustomizer implements UdpSocketSettingsCustomizer, Ordered {

	private final SockworkProperties properties;

	PropertiesUdpSocketSettingsCustomizer(SockworkProperties properties) {
		this.properties = properties;
	}

	@Override
	public void customize(UdpSocketSettings settings) {
		SockworkProperties.UdpSocket socket = this.properties.getUdp().getSockets().get(settings.getName());
		if (socket == null) {
			return;
		}
		set(socket.getHost(), settings::setHost);
		set(socket.getPort(), settings::setPort);
		set(socket.getBroadcast(), settings::setBroadcast);
		set(socket.getTtl(), settings::setTtl);
		set(socket.getReceiveBufferSize(), settings::setReceiveBufferSize);
		set(socket.getMaxDatagramSize(), settings::setMaxDatagramSize);
		SockworkProperties.Multicast multicast = socket.getMulticast();
		set(multicast.getGroups(), settings::setMulticastGroups);
		set(multicast.getSource(), settings::setMulticastSource);
		set(multicast.getNetworkInterface(), settings::setMulticastInterface);
		set(multicast.getTtl(), settings::setMulticastTtl);
		set(multicast.getLoopback(), settings::setMulticastLoopback);
	}

	@Override
	public int getOrder() {
		return 0;
	}

}
