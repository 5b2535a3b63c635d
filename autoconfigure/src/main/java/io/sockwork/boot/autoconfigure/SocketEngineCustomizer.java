package io.sockwork.boot.autoconfigure;

import io.sockwork.core.EngineOptions;

/**
 * Changes the options of the auto-configured {@link io.sockwork.core.SocketEngine} before
 * it is created. Beans of this type are applied in order, after the
 * {@code sockwork.engine.*} properties.
 */
@FunctionalInterface
public interface SocketEngineCustomizer {

	/**
	 * Changes the engine's options.
	 * @param options the options so far
	 * @return the options to use
	 */
	EngineOptions customize(EngineOptions options);

}
