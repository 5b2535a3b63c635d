package io.sockwork.boot.discovery;

import java.lang.reflect.Method;
import java.util.Set;

import io.sockwork.boot.annotation.InitialData;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.ExecutableMode;
import org.springframework.aot.hint.ReflectionHints;
import org.springframework.beans.factory.aot.BeanRegistrationAotContribution;
import org.springframework.beans.factory.aot.BeanRegistrationAotProcessor;
import org.springframework.beans.factory.support.RegisteredBean;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Registers, at build time, the reflection hints a native image needs to call the handler
 * methods of a bean: {@link TcpListenerAnnotationBeanPostProcessor} finds them by
 * reflection at run time, the handlers call them through method handles made from the
 * {@code Method}, and {@code @InitialData} methods are invoked reflectively. Registered
 * in {@code META-INF/spring/aot.factories}.
 */
class HandlerMethodsAotProcessor implements BeanRegistrationAotProcessor {

	@Override
	public @Nullable BeanRegistrationAotContribution processAheadOfTime(RegisteredBean registeredBean) {
		Class<?> beanClass = ClassUtils.getUserClass(registeredBean.getBeanClass());
		Set<Method> methods = MethodIntrospector.selectMethods(beanClass,
				(ReflectionUtils.MethodFilter) (method) -> TcpListenerAnnotationBeanPostProcessor.find(method) != null
						|| AnnotatedElementUtils.hasAnnotation(method, InitialData.class));
		if (methods.isEmpty()) {
			return null;
		}
		return (generationContext, beanRegistrationCode) -> {
			ReflectionHints reflection = generationContext.getRuntimeHints().reflection();
			methods.forEach((method) -> reflection.registerMethod(method, ExecutableMode.INVOKE));
		};
	}

}
