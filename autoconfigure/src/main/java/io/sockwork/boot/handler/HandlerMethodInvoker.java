package io.sockwork.boot.handler;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

import org.jspecify.annotations.Nullable;

/**
 * Calls one handler method with arguments from resolvers chosen at start-up, and sends
 * back what it returns. The per-event path is an array walk and a {@link MethodHandle}
 * call: no lookup, no reflection.
 */
final class HandlerMethodInvoker {

	private final String description;

	private final HandlerArgumentResolver[] resolvers;

	private final MethodHandle handle;

	private final ReturnValueWriter returnValueWriter;

	HandlerMethodInvoker(String description, Object bean, Method method, HandlerArgumentResolver[] resolvers,
			ReturnValueWriter returnValueWriter) {
		this.description = description;
		this.resolvers = resolvers.clone();
		this.handle = handleFor(bean, method);
		this.returnValueWriter = returnValueWriter;
	}

	private static MethodHandle handleFor(Object bean, Method method) {
		try {
			method.setAccessible(true);
			MethodHandle handle = MethodHandles.lookup().unreflect(method);
			if (!Modifier.isStatic(method.getModifiers())) {
				handle = handle.bindTo(bean);
			}
			return handle.asSpreader(Object[].class, method.getParameterCount())
				.asType(MethodType.methodType(Object.class, Object[].class));
		}
		catch (IllegalAccessException | RuntimeException ex) {
			throw new IllegalStateException("Cannot call " + Methods.describe(method), ex);
		}
	}

	/**
	 * Calls the method for one event. What it throws is rethrown unchanged, so that the
	 * {@code error} handler sees the method's own exception.
	 */
	void invoke(Event event) {
		@Nullable Object[] args = new Object[this.resolvers.length];
		for (int i = 0; i < args.length; i++) {
			args[i] = this.resolvers[i].resolveArgument(event);
		}
		Object result;
		try {
			result = (Object) this.handle.invokeExact(args);
		}
		catch (Throwable ex) {
			throw HandlerMethodInvoker.<RuntimeException>sneakyThrow(ex);
		}
		if (result != null) {
			this.returnValueWriter.write(event, result);
		}
	}

	@SuppressWarnings("unchecked")
	private static <E extends Throwable> E sneakyThrow(Throwable ex) throws E {
		throw (E) ex;
	}

	@Override
	public String toString() {
		return this.description;
	}

}
