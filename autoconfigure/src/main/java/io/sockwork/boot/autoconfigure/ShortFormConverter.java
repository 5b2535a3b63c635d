package io.sockwork.boot.autoconfigure;

import java.util.Set;

import io.sockwork.boot.config.ShortFormProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeanUtils;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Converts the short form of a group of per-socket properties ({@code framing: lines},
 * {@code tls: demo}) into that group, with its main property set: any
 * {@link ShortFormProperties}, so that every kind of socket with such a group accepts it.
 */
final class ShortFormConverter implements GenericConverter {

	@Override
	public Set<ConvertiblePair> getConvertibleTypes() {
		return Set.of(new ConvertiblePair(String.class, ShortFormProperties.class));
	}

	@Override
	public @Nullable Object convert(@Nullable Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
		if (source == null) {
			return null;
		}
		ShortFormProperties properties = (ShortFormProperties) BeanUtils.instantiateClass(targetType.getType());
		properties.applyShortForm(((String) source).trim());
		return properties;
	}

}
