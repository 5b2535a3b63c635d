package io.sockwork.boot.listener;

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
