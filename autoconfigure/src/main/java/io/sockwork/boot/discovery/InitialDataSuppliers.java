package io.sockwork.boot.discovery;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import io.sockwork.boot.annotation.InitialData;
import io.sockwork.boot.config.TcpListenerSettings;
import io.sockwork.boot.handler.DiscoveredMethod;
import io.sockwork.core.TcpSocket;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.BeansException;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Finds what gives a listener's sockets their initial data: the {@code Supplier} bean its
 * settings name, else an {@link InitialData} method of the listener's bean; and checks
 * that the data's type fits the {@code TcpSocket<T>} parameters of its handlers.
 */
final class InitialDataSuppliers {

	private final Function<String, Supplier<?>> beans;

	InitialDataSuppliers(Function<String, Supplier<?>> beans) {
		this.beans = beans;
	}

	/**
	 * The supplier of a listener's initial data, or {@code null} for none.
	 * @throws IllegalArgumentException if the named bean is no supplier, the
	 * {@code InitialData} method takes parameters, or the data does not fit a handler
	 */
	@Nullable Supplier<?> find(TcpListenerSettings settings, DiscoveredMethod declaring, Collection<DiscoveredMethod> handlers) {
		String bean = settings.getDataBean();
		if (bean != null) {
			try {
				Supplier<?> supplier = this.beans.apply(bean);
				check(ResolvableType.forInstance(supplier).as(Supplier.class).getGeneric(0),
						"the data bean '" + bean + "'", handlers);
				return supplier;
			}
			catch (BeansException ex) {
				throw new IllegalArgumentException(
						"The data bean '" + bean + "' is not a Supplier bean: " + ex.getMessage(), ex);
			}
		}
		Method method = initialDataMethod(settings.getName(), declaring);
		if (method == null) {
			return null;
		}
		if (method.getParameterCount() != 0) {
			throw new IllegalArgumentException("@InitialData method " + method + " must take no parameters");
		}
		check(ResolvableType.forMethodReturnType(method), "@InitialData method " + method, handlers);
		Object target = declaring.bean();
		Method invocable = AopUtils.selectInvocableMethod(method, target.getClass());
		ReflectionUtils.makeAccessible(invocable);
		return () -> ReflectionUtils.invokeMethod(invocable, target);
	}

	private static @Nullable Method initialDataMethod(String listener, DiscoveredMethod declaring) {
		Map<Method, InitialData> methods = MethodIntrospector.selectMethods(declaring.method().getDeclaringClass(),
				(MethodIntrospector.MetadataLookup<InitialData>) (method) -> AnnotatedElementUtils
					.findMergedAnnotation(method, InitialData.class));
		for (Map.Entry<Method, InitialData> entry : methods.entrySet()) {
			String name = entry.getValue().value();
			if (name.isEmpty() || name.equals(listener)) {
				return entry.getKey();
			}
		}
		return null;
	}

	/**
	 * Rejects data of a type that a handler's {@code TcpSocket<T>} parameter cannot hold.
	 */
	private static void check(ResolvableType dataType, String source, Collection<DiscoveredMethod> handlers) {
		Class<?> data = dataType.resolve();
		if (data == null) {
			return;
		}
		for (DiscoveredMethod handler : handlers) {
			Method method = handler.method();
			for (int i = 0; i < method.getParameterCount(); i++) {
				if (method.getParameterTypes()[i] != TcpSocket.class) {
					continue;
				}
				Class<?> expected = ResolvableType.forMethodParameter(method, i).getGeneric(0).resolve();
				if (expected != null && !expected.isAssignableFrom(data)) {
					throw new IllegalArgumentException(source + " gives " + data.getName() + ", but "
							+ handler.description() + " takes TcpSocket<" + expected.getName() + ">");
				}
			}
		}
	}

}
