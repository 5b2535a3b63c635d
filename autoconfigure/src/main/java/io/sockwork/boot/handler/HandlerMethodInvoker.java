package io.sockwork.boot.handler;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

import org.jspecify.annotations.Nullable;

/**
 * Calls one handler method with arguments from resolvers chosen at start-up, and sends
 * back what it returns. The per-event path is the resolvers and a {@link MethodHandle}
 * call: no lookup, no reflection, and for a method of up to {@value #EXACT_ARITY}
 * parameters no argument array either.
 */
final class HandlerMethodInvoker {

	/** Methods of up to this many parameters are called without an argument array. */
	static final int EXACT_ARITY = 3;

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
			int arity = method.getParameterCount();
			if (arity <= EXACT_ARITY) {
				return handle.asType(MethodType.genericMethodType(arity));
			}
			return handle.asSpreader(Object[].class, arity).asType(MethodType.methodType(Object.class, Object[].class));
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
		HandlerArgumentResolver[] resolvers = this.resolvers;
		Object result;
		try {
			result = switch (resolvers.length) {
				case 0 -> (Object) this.handle.invokeExact();
				case 1 -> (Object) this.handle.invokeExact(resolvers[0].resolveArgument(event));
				case 2 -> (Object) this.handle.invokeExact(resolvers[0].resolveArgument(event),
						resolvers[1].resolveArgument(event));
				case 3 -> (Object) this.handle.invokeExact(resolvers[0].resolveArgument(event),
						resolvers[1].resolveArgument(event), resolvers[2].resolveArgument(event));
				default -> (Object) this.handle.invokeExact(resolveAll(event));
			};
		}
		catch (Throwable ex) {
			throw HandlerMethodInvoker.<RuntimeException>sneakyThrow(ex);
		}
		if (result != null) {
			this.returnValueWriter.write(event, result);
		}
	}

	private @Nullable Object[] resolveAll(Event event) {
		@Nullable Object[] args = new Object[this.resolvers.length];
		for (int i = 0; i < args.length; i++) {
			args[i] = this.resolvers[i].resolveArgument(event);
		}
		return args;
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
