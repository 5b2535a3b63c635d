package io.sockwork.boot.discovery;

import java.nio.charset.Charset;

import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.boot.config.TcpListenerFraming;
import io.sockwork.boot.config.TcpListenerSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.util.unit.DataSize;

/**
 * Reads the settings of a listener from its {@link TcpListener} annotation, resolving
 * {@code ${...}} placeholders.
 */
final class TcpListenerAnnotationReader {

	private final AttributeResolver attributes;

	TcpListenerAnnotationReader(AttributeResolver attributes) {
		this.attributes = attributes;
	}

	/**
	 * The settings the annotation gives.
	 * @throws IllegalArgumentException if an attribute cannot be parsed
	 */
	TcpListenerSettings read(TcpListener annotation, String name, String source) {
		TcpListenerSettings settings = new TcpListenerSettings(name, source);
		PropertyMapper map = PropertyMapper.get();
		map.from(text(annotation.host())).to(settings::setHost);
		map.from(this.attributes.integer(annotation.port(), "port")).to(settings::setPort);
		map.from(annotation.backlog()).to(settings::setBacklog);
		map.from(text(annotation.idleTimeout())).as(DurationStyle::detectAndParse).to(settings::setIdleTimeout);
		map.from(annotation.maxConnections()).to(settings::setMaxConnections);
		map.from(annotation.allowHalfOpen()).to(settings::setAllowHalfOpen);
		map.from(annotation.noDelay()).to(settings::setNoDelay);
		map.from(annotation.keepAlive()).to(settings::setKeepAlive);
		map.from(text(annotation.highWaterMark())).as(DataSize::parse).to(settings::setHighWaterMark);
		map.from(text(annotation.lowWaterMark())).as(DataSize::parse).to(settings::setLowWaterMark);
		DispatchAttributes.read(this.attributes, annotation.dispatch(), annotation.executor(),
				annotation.dispatchQueueHighWaterMark(), annotation.dispatchQueueLowWaterMark(), settings);
		map.from(resolve(annotation.charset())).as(Charset::forName).to(settings::setCharset);
		map.from(text(annotation.tls())).to(settings::setTlsBundle);
		readFraming(annotation, settings.getFraming(), map);
		map.from(annotation.proxyProtocol()).to(settings::setProxyProtocol);
		return settings;
	}

	private void readFraming(TcpListener annotation, TcpListenerFraming framing, PropertyMapper map) {
		map.from(annotation.framing()).to(framing::setType);
		map.from(text(annotation.maxFrameLength())).as(DataSize::parse).to(framing::setMaxLength);
		// A delimiter may be blank (a space, say): only an empty one means "not set".
		map.from(resolve(annotation.frameDelimiter())).whenNot(String::isEmpty).to(framing::setDelimiter);
		map.from(annotation.lengthFieldLength()).to(framing::setLengthFieldLength);
		map.from(annotation.lengthFieldLittleEndian()).to(framing::setLittleEndian);
		map.from(annotation.frameLength()).to(framing::setLength);
	}

	private @Nullable String text(String value) {
		return this.attributes.text(value);
	}

	private String resolve(String value) {
		return this.attributes.resolve(value);
	}

}
