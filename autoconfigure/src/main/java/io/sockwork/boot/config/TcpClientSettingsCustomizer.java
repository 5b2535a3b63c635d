package io.sockwork.boot.config;

/**
 * Changes the settings of TCP clients before they connect. Beans of this type are applied
 * in order to every client; the {@code sockwork.tcp.clients.*} properties are applied
 * this way.
 */
@FunctionalInterface
public interface TcpClientSettingsCustomizer {

	/**
	 * Changes the settings of one client.
	 * @param settings the settings, named after the client
	 */
	void customize(TcpClientSettings settings);

}
