package io.sockwork.boot.discovery;

import java.nio.charset.Charset;

import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.boot.config.TcpListenerFraming;
import io.sockwork.boot.config.TcpListenerSettings;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.util.StringUtils;
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
		String host = resolve(annotation.host());
		if (StringUtils.hasText(host)) {
			settings.setHost(host);
		}
		Integer port = this.attributes.integer(annotation.port(), "port");
		if (port != null) {
			settings.setPort(port);
		}
		settings.setBacklog(annotation.backlog());
		String idleTimeout = resolve(annotation.idleTimeout());
		if (StringUtils.hasText(idleTimeout)) {
			settings.setIdleTimeout(DurationStyle.detectAndParse(idleTimeout));
		}
		settings.setMaxConnections(annotation.maxConnections());
		settings.setAllowHalfOpen(annotation.allowHalfOpen());
		settings.setNoDelay(annotation.noDelay());
		settings.setKeepAlive(annotation.keepAlive());
		String high = resolve(annotation.highWaterMark());
		if (StringUtils.hasText(high)) {
			settings.setHighWaterMark(DataSize.parse(high));
		}
		String low = resolve(annotation.lowWaterMark());
		if (StringUtils.hasText(low)) {
			settings.setLowWaterMark(DataSize.parse(low));
		}
		settings.setDispatch(annotation.dispatch());
		settings.setCharset(Charset.forName(resolve(annotation.charset())));
		String tls = resolve(annotation.tls());
		if (StringUtils.hasText(tls)) {
			settings.setTlsBundle(tls);
		}
		readFraming(annotation, settings.getFraming());
		settings.setProxyProtocol(annotation.proxyProtocol());
		return settings;
	}

	private void readFraming(TcpListener annotation, TcpListenerFraming framing) {
		framing.setType(annotation.framing());
		String maxLength = resolve(annotation.maxFrameLength());
		if (StringUtils.hasText(maxLength)) {
			framing.setMaxLength(DataSize.parse(maxLength));
		}
		String delimiter = resolve(annotation.frameDelimiter());
		if (!delimiter.isEmpty()) {
			framing.setDelimiter(delimiter);
		}
		framing.setLengthFieldLength(annotation.lengthFieldLength());
		framing.setLittleEndian(annotation.lengthFieldLittleEndian());
		framing.setLength(annotation.frameLength());
	}

	private String resolve(String value) {
		return this.attributes.resolve(value);
	}

}
