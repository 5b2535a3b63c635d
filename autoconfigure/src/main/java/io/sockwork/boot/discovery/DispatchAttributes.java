package io.sockwork.boot.discovery;

import io.sockwork.boot.annotation.Dispatch;
import io.sockwork.boot.config.SocketSettings;

import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.util.unit.DataSize;

/**
 * Reads the dispatch attributes that {@code @TcpListener}, {@code @TcpClient} and
 * {@code @UdpSocket} share.
 */
final class DispatchAttributes {

	private DispatchAttributes() {
	}

	static void read(AttributeResolver attributes, Dispatch dispatch, String executor, String highWaterMark,
			String lowWaterMark, SocketSettings settings) {
		PropertyMapper map = PropertyMapper.get();
		map.from(dispatch).to(settings::setDispatch);
		map.from(attributes.text(executor)).to(settings::setExecutor);
		map.from(attributes.text(highWaterMark)).as(DataSize::parse).to(settings::setDispatchQueueHighWaterMark);
		map.from(attributes.text(lowWaterMark)).as(DataSize::parse).to(settings::setDispatchQueueLowWaterMark);
	}

}
