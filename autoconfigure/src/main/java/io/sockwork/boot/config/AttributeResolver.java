package io.sockwork.boot.config;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;
import org.springframework.util.StringValueResolver;

/**
 * Resolves the {@code ${...}} placeholders of annotation attributes and parses the typed
 * ones; an empty attribute means "not set".
 */
public final class AttributeResolver {

	private final StringValueResolver resolver;

	/**
	 * Creates a resolver.
	 * @param resolver resolves the placeholders, such as the bean factory's
	 */
	public AttributeResolver(StringValueResolver resolver) {
		this.resolver = resolver;
	}

	/**
	 * The value with its placeholders resolved, possibly empty.
	 * @param value the attribute
	 * @return the resolved value
	 */
	public String resolve(String value) {
		String resolved = this.resolver.resolveStringValue(value);
		return (resolved != null) ? resolved : "";
	}

	/**
	 * The resolved value, or {@code null} when it is empty.
	 */
	@Nullable String text(String value) {
		String resolved = resolve(value);
		return StringUtils.hasText(resolved) ? resolved.trim() : null;
	}

	/**
	 * The resolved value as a number, or {@code null} when it is empty.
	 * @throws IllegalArgumentException if it is not a number
	 */
	@Nullable Integer integer(String value, String attribute) {
		String resolved = text(value);
		if (resolved == null) {
			return null;
		}
		try {
			return Integer.parseInt(resolved);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("'" + attribute + "' is not a number: '" + resolved + "'", ex);
		}
	}

	/**
	 * The resolved value as a boolean, or {@code null} when it is empty.
	 * @throws IllegalArgumentException if it is neither {@code true} nor {@code false}
	 */
	@Nullable Boolean bool(String value, String attribute) {
		String resolved = text(value);
		if (resolved == null) {
			return null;
		}
		if (!resolved.equalsIgnoreCase("true") && !resolved.equalsIgnoreCase("false")) {
			throw new IllegalArgumentException("'" + attribute + "' is neither true nor false: '" + resolved + "'");
		}
		return Boolean.valueOf(resolved);
	}

	/**
	 * The resolved values that are not empty.
	 */
	List<String> texts(String[] values) {
		List<String> texts = new ArrayList<>();
		for (String value : values) {
			String resolved = text(value);
			if (resolved != null) {
				texts.add(resolved);
			}
		}
		return texts;
	}

}
