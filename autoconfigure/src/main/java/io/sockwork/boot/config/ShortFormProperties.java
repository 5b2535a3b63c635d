package io.sockwork.boot.config;

/**
 * A group of properties that can also be written as one value, which sets its main
 * property: {@code framing: lines} for {@code framing.type: lines}, {@code tls: demo} for
 * {@code tls.bundle: demo}. A group that implements this and has a setter in its parent
 * accepts both forms.
 */
public interface ShortFormProperties {

	/**
	 * Sets the main property of this group from its short form.
	 * @param value the value written for the whole group
	 * @throws IllegalArgumentException if the value is not one the property takes; the
	 * message names the values it takes
	 */
	void applyShortForm(String value);

}
