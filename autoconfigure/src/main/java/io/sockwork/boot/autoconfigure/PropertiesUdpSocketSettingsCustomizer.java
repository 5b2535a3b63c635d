package io.sockwork.boot.autoconfigure;

import io.sockwork.boot.config.UdpSocketSettings;
import io.sockwork.boot.config.UdpSocketSettingsCustomizer;

import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.core.Ordered;

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
		PropertyMapper map = PropertyMapper.get();
		map.from(socket::getHost).to(settings::setHost);
		DispatchProperties.map(socket, settings);
		map.from(socket::getPort).to(settings::setPort);
		map.from(socket::getBroadcast).to(settings::setBroadcast);
		map.from(socket::getTtl).to(settings::setTtl);
		map.from(socket::getReceiveBufferSize).to(settings::setReceiveBufferSize);
		map.from(socket::getMaxDatagramSize).to(settings::setMaxDatagramSize);
		SockworkProperties.Multicast multicast = socket.getMulticast();
		map.from(multicast::getGroups).to(settings::setMulticastGroups);
		map.from(multicast::getSource).to(settings::setMulticastSource);
		map.from(multicast::getNetworkInterface).to(settings::setMulticastInterface);
		map.from(multicast::getTtl).to(settings::setMulticastTtl);
		map.from(multicast::getLoopback).to(settings::setMulticastLoopback);
	}

	@Override
	public int getOrder() {
		return 0;
	}

}
