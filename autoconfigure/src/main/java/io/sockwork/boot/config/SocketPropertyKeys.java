package io.sockwork.boot.config;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Field;
import java.util.List;
import java.util.TreeSet;

import org.springframework.beans.BeanUtils;
import org.springframework.boot.context.properties.bind.DataObjectPropertyName;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.util.ReflectionUtils;

/**
 * The keys one kind of socket has below {@code sockwork.<kind>.<name>.}, in kebab-case
 * and with nested groups dotted ({@code framing.max-length}; a group that takes a short
 * form is a key itself too, {@code framing}), read from its properties class as Spring
 * Boot's binder reads it; {@code diagnostics} lists them when a key is unknown.
 */
public final class SocketPropertyKeys {

	private SocketPropertyKeys() {
	}

	/**
	 * The keys of the given properties class.
	 * @param type a properties class of one kind of socket, such as
	 * {@link TcpListenerProperties}
	 * @return its keys, sorted
	 */
	public static List<String> of(Class<?> type) {
		TreeSet<String> keys = new TreeSet<>();
		collect(type, "", keys);
		return List.copyOf(keys);
	}

	private static void collect(Class<?> type, String prefix, TreeSet<String> keys) {
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getReadMethod() == null || "class".equals(property.getName())) {
				continue;
			}
			String key = prefix + name(type, property.getName());
			Class<?> propertyType = property.getPropertyType();
			if (property.getWriteMethod() != null) {
				keys.add(key);
			}
			if (isGroup(propertyType)) {
				collect(propertyType, key + ".", keys);
			}
		}
	}

	/**
	 * Whether a property is a nested group of properties ({@code framing}, {@code tls},
	 * {@code write-buffer}): a class of this package's properties, not a value.
	 */
	private static boolean isGroup(Class<?> type) {
		return !type.isEnum() && type.getPackageName().equals(SocketPropertyKeys.class.getPackageName());
	}

	private static String name(Class<?> type, String property) {
		Field field = ReflectionUtils.findField(type, property);
		Name name = (field != null) ? field.getAnnotation(Name.class) : null;
		return DataObjectPropertyName.toDashedForm((name != null) ? name.value() : property);
	}

}
