package io.sockwork.boot.diagnostics;

import io.sockwork.boot.config.InvalidListenerException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a listener that is declared or configured wrongly.
 */
class InvalidListenerFailureAnalyzer extends AbstractFailureAnalyzer<InvalidListenerException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidListenerException cause) {
		return new FailureAnalysis(
				"Sockwork listener '" + cause.getListenerName() + "' is invalid: " + cause.getMessage(),
				cause.getAction(), cause);
	}

}
