package io.sockwork.boot.registry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a {@link SocketRegistry#reload() reload} could not apply: each failed socket was
 * left as it was, and every other change was applied.
 *
 * @param failures why each failed socket could not be reloaded, by name
 */
public record ReloadResult(Map<String, RuntimeException> failures) {

	/**
	 * Copies the failures.
	 */
	public ReloadResult {
		failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
	}

	/**
	 * Whether every change was applied.
	 * @return whether nothing failed
	 */
	public boolean isSuccess() {
		return this.failures.isEmpty();
	}

}
