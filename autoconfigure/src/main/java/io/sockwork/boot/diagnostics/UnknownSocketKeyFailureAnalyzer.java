package io.sockwork.boot.diagnostics;

import java.util.stream.Collectors;

import io.sockwork.boot.config.SocketProperties;
import io.sockwork.boot.config.SocketPropertyKeys;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
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
		String unknown = unbound.getUnboundProperties()
			.stream()
			.map(UnknownSocketKeyFailureAnalyzer::describe)
			.collect(Collectors.joining("\n"));
		String keys = String.join(", ", SocketPropertyKeys.of(kind));
		return new FailureAnalysis(
				"Sockwork does not know these properties of " + socket + ":\n" + unknown + "\n\nThe properties of "
						+ socket + " are: " + keys + ".",
				"Correct each unknown key to one of the properties listed, or remove it.", cause);
	}

	private static String describe(ConfigurationProperty property) {
		String origin = (property.getOrigin() != null) ? " (from " + property.getOrigin() + ")" : "";
		return "    " + property.getName() + " = " + property.getValue() + origin;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
