package io.sockwork.boot.config;

/**
 * A TLS listener or client cannot use an SSL bundle: the bundle is unknown, or its
 * certificate, key or password is wrong. Start-up fails with this exception.
 */
public class ListenerTlsException extends RuntimeException {

	private final String listenerName;

	private final String bundleName;

	private final String property;

	/**
	 * Creates the exception.
	 * @param listenerName the name of the listener or client
	 * @param bundleName the name of the SSL bundle
	 * @param property the property that names the bundle, such as
	 * {@code sockwork.tcp.listeners.secure.tls.sni[a.example]}
	 * @param cause why the bundle cannot be used
	 */
	public ListenerTlsException(String listenerName, String bundleName, String property, Throwable cause) {
		super("'" + listenerName + "' cannot use SSL bundle '" + bundleName + "' (" + property + "): "
				+ cause.getMessage(), cause);
		this.listenerName = listenerName;
		this.bundleName = bundleName;
		this.property = property;
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

	/**
	 * The property that names the bundle.
	 * @return the property's name
	 */
	public String getProperty() {
		return this.property;
	}

}
