package io.sockwork.boot.config;

/**
 * Changes the settings of UDP sockets before they bind. Beans of this type are applied in
 * order to every UDP socket; the {@code sockwork.udp.sockets.*} properties are applied
 * this way.
 */
@FunctionalInterface
public interface UdpSocketSettingsCustomizer {

	/**
	 * Changes the settings of one UDP socket.
	 * @param settings the settings, named after the socket
	 */
	void customize(UdpSocketSettings settings);

}
