package io.sockwork.boot.discovery;

import java.nio.charset.Charset;
import java.nio.file.Path;

import io.sockwork.boot.annotation.TcpClient;
import io.sockwork.boot.config.TcpClientSettings;

import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.convert.DurationStyle;

/**
 * Reads the settings of a client from its {@link TcpClient} annotation, resolving
 * {@code ${...}} placeholders.
 */
final class TcpClientAnnotationReader {

	private final AttributeResolver attributes;

	TcpClientAnnotationReader(AttributeResolver attributes) {
		this.attributes = attributes;
	}

	/**
	 * The settings the annotation gives.
	 * @throws IllegalArgumentException if an attribute cannot be parsed
	 */
	TcpClientSettings read(TcpClient annotation, String name, String source) {
		TcpClientSettings settings = new TcpClientSettings(name, source);
		PropertyMapper map = PropertyMapper.get();
		map.from(this.attributes.text(annotation.host())).to(settings::setHost);
		map.from(this.attributes.integer(annotation.port(), "port")).to(settings::setPort);
		map.from(this.attributes.text(annotation.unix())).as(Path::of).to(settings::setUnix);
		map.from(this.attributes.text(annotation.connectTimeout()))
			.as(DurationStyle::detectAndParse)
			.to(settings::setConnectTimeout);
		map.from(this.attributes.resolve(annotation.charset())).as(Charset::forName).to(settings::setCharset);
		map.from(this.attributes.text(annotation.tls())).to(settings::setTlsBundle);
		DispatchAttributes.read(this.attributes, annotation.dispatch(), annotation.executor(),
				annotation.dispatchQueueHighWaterMark(), annotation.dispatchQueueLowWaterMark(), settings);
		return settings;
	}

}
