package io.sockwork.boot.autoconfigure;

import java.util.Objects;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * The analysis a start-up failure gets from the application's failure analyzers, as
 * Spring Boot reports it.
 */
final class FailureAnalyses {

	private FailureAnalyses() {
	}

	/**
	 * The analysis of the first of the application's failure analyzers, in their order,
	 * that explains the failure.
	 */
	static FailureAnalysis of(Throwable failure) {
		return SpringFactoriesLoader.forDefaultResourceLocation()
			.load(FailureAnalyzer.class, SpringFactoriesLoader.FailureHandler.handleMessage((message, ex) -> {
			}))
			.stream()
			.map((analyzer) -> analyzer.analyze(failure))
			.filter(Objects::nonNull)
			.findFirst()
			.orElseThrow();
	}

}
