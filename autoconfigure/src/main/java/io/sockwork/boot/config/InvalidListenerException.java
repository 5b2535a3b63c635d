package io.sockwork.boot.config;

/**
 * A listener is declared or configured wrongly: a misused annotation, an unsupported
 * parameter or return type, or an invalid option. Start-up fails with this exception.
 */
public class InvalidListenerException extends RuntimeException {

	private final String listenerName;

	private final String action;

	/**
	 * Creates the exception.
	 * @param listenerName the name of the listener, or the best name known
	 * @param description what is wrong, naming the method at fault
	 * @param action what to do about it
	 */
	public InvalidListenerException(String listenerName, String description, String action) {
		super(description);
		this.listenerName = listenerName;
		this.action = action;
	}

	/**
	 * The failure of a UDP socket whose settings are invalid, or that the channel
	 * refused.
	 * @param name the socket's name
	 * @param source the method that declares it
	 * @param cause what is wrong
	 * @return the exception
	 */
	public static InvalidListenerException udpSocketSettings(String name, String source, Exception cause) {
		return new InvalidListenerException(name,
				"UDP socket '" + name + "' declared by " + source + " is not configured correctly: "
						+ cause.getMessage(),
				"Correct the @UdpSocket attributes of " + source + " or the sockwork.udp.sockets." + name
						+ ".* properties.");
	}

	/**
	 * The name of the listener at fault.
	 * @return the name
	 */
	public String getListenerName() {
		return this.listenerName;
	}

	/**
	 * What to do about it.
	 * @return the suggested action
	 */
	public String getAction() {
		return this.action;
	}

}
