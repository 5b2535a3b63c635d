package io.sockwork.boot.config;

/**
 * A TLS listener cannot use its SSL bundle: the bundle is unknown, or its certificate,
 * key or password is wrong. Start-up fails with this exception.
 */
public class ListenerTlsException extends RuntimeException {

	private final String listenerName;

	private final String bundleName;

	/**
	 * Creates the exception.
	 * @param listenerName the name of the listener
	 * @param bundleName the name of the SSL bundle
	 * @param cause why the bundle cannot be used
	 */
	public ListenerTlsException(String listenerName, String bundleName, Throwable cause) {
		super("Listener '" + listenerName + "' cannot use SSL bundle '" + bundleName + "': " + cause.getMessage(),
				cause);
		this.listenerName = listenerName;
		this.bundleName = bundleName;
	}

	/**
	 * The name of the listener.
	 * @return the name
	 */
	public String getListenerName() {
		return this.listenerName;
	}

	/**
	 * The name of the SSL bundle.
	 * @return the name
	 */
	public String getBundleName() {
		return this.bundleName;
	}

}
