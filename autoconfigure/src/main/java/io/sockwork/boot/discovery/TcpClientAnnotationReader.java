package io.sockwork.boot.discovery;

import java.nio.charset.Charset;
import java.nio.file.Path;

import io.sockwork.boot.annotation.TcpClient;
import io.sockwork.boot.config.TcpClientSettings;

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
		settings.setHost(this.attributes.text(annotation.host()));
		settings.setPort(this.attributes.integer(annotation.port(), "port"));
		String unix = this.attributes.text(annotation.unix());
		settings.setUnix((unix != null) ? Path.of(unix) : null);
		String connectTimeout = this.attributes.text(annotation.connectTimeout());
		if (connectTimeout != null) {
			settings.setConnectTimeout(DurationStyle.detectAndParse(connectTimeout));
		}
		settings.setCharset(Charset.forName(this.attributes.resolve(annotation.charset())));
		settings.setTlsBundle(this.attributes.text(annotation.tls()));
		return settings;
	}

}
