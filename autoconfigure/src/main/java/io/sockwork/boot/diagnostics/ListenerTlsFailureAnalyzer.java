package io.sockwork.boot.diagnostics;

import java.util.LinkedHashSet;
import java.util.Set;

import io.sockwork.boot.config.ListenerTlsException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.ssl.NoSuchSslBundleException;

/**
 * Explains a TLS listener or client that cannot use an SSL bundle: an unknown bundle, a
 * certificate that does not parse, a key that does not match, a wrong password.
 */
class ListenerTlsFailureAnalyzer extends AbstractFailureAnalyzer<ListenerTlsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ListenerTlsException cause) {
		String listener = cause.getListenerName();
		String bundle = cause.getBundleName();
		String description = "Sockwork socket '" + listener + "' cannot use SSL bundle '" + bundle + "' ("
				+ cause.getProperty() + "): " + reasons(cause.getCause());
		if (findCause(cause, NoSuchSslBundleException.class) != null) {
			return new FailureAnalysis(description,
					"Define SSL bundle '" + bundle + "' with spring.ssl.bundle.pem." + bundle
							+ ".* or spring.ssl.bundle.jks." + bundle + ".*, or name an existing bundle in "
							+ cause.getProperty() + ".",
					cause);
		}
		return new FailureAnalysis(description,
				"Check the certificate, private key and passwords of SSL bundle '" + bundle
						+ "' (spring.ssl.bundle.pem." + bundle + ".* or spring.ssl.bundle.jks." + bundle
						+ ".*): the files must exist and parse, and the key must belong to the certificate.",
				cause);
	}

	/**
	 * The messages of the cause chain, most general first, without repeats.
	 */
	private static String reasons(@Nullable Throwable cause) {
		Set<String> messages = new LinkedHashSet<>();
		for (Throwable current = cause; current != null; current = current.getCause()) {
			String message = current.getMessage();
			if (message != null && messages.stream().noneMatch((seen) -> seen.contains(message))) {
				messages.add(message);
			}
		}
		return String.join(": ", messages);
	}

}
