package io.sockwork.boot.listener;

import java.nio.charset.Charset;

import io.sockwork.boot.annotation.TcpListener;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.util.StringUtils;
import org.springframework.util.StringValueResolver;
import org.springframework.util.unit.DataSize;

/**
 * Reads the settings of a listener from its {@link TcpListener} annotation, resolving {@code ${...}} placeholders.
 */
final class TcpListenerAnnotationReader {

	private final StringValueResolver resolver;

	TcpListenerAnnotationReader(StringValueResolver resolver) {
		this.resolver = resolver;
	}

	/**
	 * The listener's name: the annotation's, or {@code <beanName>.<methodName>}.
	 */
	String name(DiscoveredMethod method) {
		String name = resolve(method.declaredListenerName());
		return StringUtils.hasText(name) ? name : method.beanName() + "." + method.method().getName();
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
		String port = resolve(annotation.port());
		if (StringUtils.hasText(port)) {
			settings.setPort(parsePort(port));
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
		return settings;
	}

	private static int parsePort(String port) {
		try {
			return Integer.parseInt(port.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("'port' is not a number: '" + port + "'", ex);
		}
	}

	/**
	 * A listener name given by an event annotation, placeholders resolved; possibly empty.
	 */
	String resolveName(String name) {
		return resolve(name);
	}

	private String resolve(String value) {
		String resolved = this.resolver.resolveStringValue(value);
		return (resolved != null) ? resolved : "";
	}

}
