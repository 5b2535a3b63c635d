package io.sockwork.boot.autoconfigure;

import io.sockwork.boot.config.SocketSettings;

import org.springframework.boot.context.properties.PropertyMapper;

/**
 * Applies the dispatch properties every listener, UDP socket and client has.
 */
final class DispatchProperties {

	private DispatchProperties() {
	}

	static void map(SockworkProperties.Dispatched properties, SocketSettings settings) {
		PropertyMapper map = PropertyMapper.get();
		map.from(properties::getDispatch).to(settings::setDispatch);
		map.from(properties::getExecutor).to(settings::setExecutor);
		map.from(properties.getDispatchQueue()::getHighWaterMark).to(settings::setDispatchQueueHighWaterMark);
		map.from(properties.getDispatchQueue()::getLowWaterMark).to(settings::setDispatchQueueLowWaterMark);
	}

}
