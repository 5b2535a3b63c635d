package io.sockwork.boot.config;

/**
 * Changes the settings of TCP listeners before they bind. Beans of this type are applied
 * in order to every listener; the {@code sockwork.tcp.listeners.*} properties are applied
 * this way.
 */
@FunctionalInterface
public interface TcpListenerSettingsCustomizer {

	/**
	 * Changes the settings of one listener.
	 * @param settings the settings, named after the listener
	 */
	void customize(TcpListenerSettings settings);

}
