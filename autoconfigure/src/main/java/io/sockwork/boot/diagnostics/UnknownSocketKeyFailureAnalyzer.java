package io.sockwork.boot.diagnostics;

import java.util.List;
import java.util.stream.Collectors;

import io.sockwork.boot.config.SocketProperties;
import io.sockwork.boot.config.SocketPropertyKeys;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;

/**
 * Explains a key below one listener, client or UDP socket that is no property of its kind
 * ({@code sockwork.tcp.listeners.echo.prot}), and lists the keys that kind has. Ordered
 * before Spring Boot's analyzers of the same failure, which do not know the keys; unknown
 * keys elsewhere are left to them.
 */
class UnknownSocketKeyFailureAnalyzer extends AbstractFailureAnalyzer<BindException> implements Ordered {

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
		ResolvableType map = cause.getTarget().getType().asMap();
		Class<?> kind = map.getGeneric(1).toClass();
		if (!(cause.getCause() instanceof UnboundConfigurationPropertiesException unbound) || map == ResolvableType.NONE
				|| !SocketProperties.class.isAssignableFrom(kind)) {
			return null;
		}
		String socket = cause.getName() + ".<name>";
		List<String> keys = SocketPropertyKeys.of(kind);
		int keyStart = cause.getName().getNumberOfElements() + 1;
		String unknown = unbound.getUnboundProperties()
			.stream()
			.map((property) -> describe(property, keys.contains(key(property, keyStart))))
			.collect(Collectors.joining("\n"));
		return new FailureAnalysis(
				"Sockwork does not know these properties of " + socket + ":\n" + unknown + "\n\nThe properties of "
						+ socket + " are: " + String.join(", ", keys) + ".",
				"Correct each unknown key to one of the properties listed, or remove it.", cause);
	}

	/**
	 * The key of the property below the socket's name, such as
	 * {@code framing.max-length}.
	 */
	private static String key(ConfigurationProperty property, int start) {
		ConfigurationPropertyName name = property.getName();
		return name.subName(Math.min(start, name.getNumberOfElements())).toString();
	}

	/**
	 * One line per property; a key the kind has was left unbound because its group is
	 * also set to one value ({@code framing=lines} beside {@code framing.max-length}).
	 */
	private static String describe(ConfigurationProperty property, boolean shadowed) {
		String origin = (property.getOrigin() != null) ? " (from " + property.getOrigin() + ")" : "";
		String note = shadowed ? ", not applied: its group is also set to one value (the short form); set the "
				+ "group's keys one by one instead" : "";
		return "    " + property.getName() + " = " + property.getValue() + origin + note;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
