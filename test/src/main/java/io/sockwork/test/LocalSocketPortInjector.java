package io.sockwork.test;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

import org.springframework.beans.PropertyValues;
import org.springframework.beans.factory.config.InstantiationAwareBeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.util.ReflectionUtils;

/**
 * Sets the fields and calls the setters annotated with {@link LocalSocketPort}, on beans
 * and on test instances (which Spring's test framework autowires through the same
 * post-processors).
 */
final class LocalSocketPortInjector implements InstantiationAwareBeanPostProcessor, EnvironmentAware {

	// Set by the container before any bean is processed.
	@SuppressWarnings("NullAway.Init")
	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public PropertyValues postProcessProperties(PropertyValues values, Object bean, String beanName) {
		ReflectionUtils.doWithFields(bean.getClass(), (field) -> inject(bean, field),
				(field) -> field.isAnnotationPresent(LocalSocketPort.class));
		ReflectionUtils.doWithMethods(bean.getClass(), (method) -> inject(bean, method),
				(method) -> method.isAnnotationPresent(LocalSocketPort.class));
		return values;
	}

	private void inject(Object bean, Field field) {
		int port = port(field.getAnnotation(LocalSocketPort.class).value(), field.toString());
		ReflectionUtils.makeAccessible(field);
		ReflectionUtils.setField(field, bean, convert(port, field.getType(), field.toString()));
	}

	private void inject(Object bean, Method method) {
		if (method.getParameterCount() != 1) {
			throw new IllegalStateException("@LocalSocketPort method " + method + " must take exactly one parameter");
		}
		int port = port(method.getAnnotation(LocalSocketPort.class).value(), method.toString());
		ReflectionUtils.makeAccessible(method);
		ReflectionUtils.invokeMethod(method, bean, convert(port, method.getParameterTypes()[0], method.toString()));
	}

	private int port(String name, String target) {
		String tcp = this.environment.getProperty("local.sockwork.tcp." + name + ".port");
		String udp = this.environment.getProperty("local.sockwork.udp." + name + ".port");
		if (tcp != null && udp != null) {
			throw new IllegalStateException("@LocalSocketPort(\"" + name + "\") on " + target
					+ " is ambiguous: a listener and a UDP socket have that name; use @Value(\"${local.sockwork.tcp."
					+ name + ".port}\") or @Value(\"${local.sockwork.udp." + name + ".port}\")");
		}
		String port = (tcp != null) ? tcp : udp;
		if (port == null) {
			throw new IllegalStateException("@LocalSocketPort(\"" + name + "\") on " + target
					+ ": no listener or UDP socket of that name is bound (is the name right, and is the context started?)");
		}
		return Integer.parseInt(port);
	}

	private static Object convert(int port, Class<?> type, String target) {
		if (type == int.class || type == Integer.class) {
			return port;
		}
		if (type == String.class) {
			return String.valueOf(port);
		}
		if (type == long.class || type == Long.class) {
			return (long) port;
		}
		throw new IllegalStateException(
				"@LocalSocketPort on " + target + " needs an int, Integer, long or String, not " + type.getName());
	}

}
