package io.sockwork.boot.listener;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.util.Assert;

/**
 * Finds the {@code @TcpListener}, {@code @UdpSocket}, {@code @OnOpen}, ... methods of every bean (proxies included)
 * and, once all singletons exist, turns them into the TCP listener and UDP socket endpoints of the
 * {@link SocketRegistry}. Discovers only: building happens in
 * {@link #afterSingletonsInstantiated()}, binding when the registry starts.
 */
public class TcpListenerAnnotationBeanPostProcessor
		implements BeanPostProcessor, SmartInitializingSingleton, BeanFactoryAware {

	/** The name of Spring Boot's task executor, used by listeners that dispatch on an executor. */
	static final String APPLICATION_TASK_EXECUTOR = "applicationTaskExecutor";

	private final Set<Class<?>> classesWithoutHandlers = ConcurrentHashMap.newKeySet();

	private final List<DiscoveredMethod> discovered = new CopyOnWriteArrayList<>();

	private @Nullable ConfigurableListableBeanFactory beanFactory;

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		Assert.isInstanceOf(ConfigurableListableBeanFactory.class, beanFactory,
				"'beanFactory' must be a ConfigurableListableBeanFactory");
		this.beanFactory = (ConfigurableListableBeanFactory) beanFactory;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
		Class<?> targetClass = AopUtils.getTargetClass(bean);
		if (this.classesWithoutHandlers.contains(targetClass)) {
			return bean;
		}
		Map<Method, Map<HandlerEvent, Annotation>> methods = MethodIntrospector.selectMethods(targetClass,
				(MethodIntrospector.MetadataLookup<Map<HandlerEvent, Annotation>>) TcpListenerAnnotationBeanPostProcessor::find);
		if (methods.isEmpty()) {
			this.classesWithoutHandlers.add(targetClass);
			return bean;
		}
		methods.forEach((method, annotations) -> annotations.forEach(
				(event, annotation) -> this.discovered.add(new DiscoveredMethod(bean, beanName, method, event,
						annotation))));
		return bean;
	}

	private static @Nullable Map<HandlerEvent, Annotation> find(Method method) {
		Map<HandlerEvent, Annotation> found = null;
		for (HandlerEvent event : HandlerEvent.values()) {
			Annotation annotation = AnnotatedElementUtils.findMergedAnnotation(method, event.annotationType());
			if (annotation != null) {
				found = (found != null) ? found : new EnumMap<>(HandlerEvent.class);
				found.put(event, annotation);
			}
		}
		return found;
	}

	@Override
	public void afterSingletonsInstantiated() {
		ConfigurableListableBeanFactory beanFactory = this.beanFactory;
		Assert.state(beanFactory != null, "No bean factory");
		AttributeResolver attributes = new AttributeResolver(beanFactory::resolveEmbeddedValue);
		Map<String, Map<HandlerEvent, DiscoveredMethod>> bound = new HandlerMethodBinder(attributes)
			.bind(List.copyOf(this.discovered));
		this.discovered.clear();
		List<TcpListenerEndpoint> listeners = new TcpListenerEndpointFactory(new TcpListenerAnnotationReader(attributes),
				beanFactory.getBeanProvider(TcpListenerSettingsCustomizer.class).orderedStream().toList(),
				() -> taskExecutor(beanFactory))
			.create(bound);
		List<UdpSocketEndpoint> udpSockets = new UdpSocketEndpointFactory(new UdpSocketAnnotationReader(attributes),
				beanFactory.getBeanProvider(UdpSocketSettingsCustomizer.class).orderedStream().toList())
			.create(bound);
		if (!listeners.isEmpty() || !udpSockets.isEmpty()) {
			SocketRegistry registry = beanFactory.getBean(SocketRegistry.class);
			listeners.forEach(registry::register);
			udpSockets.forEach(registry::register);
		}
	}

	private static @Nullable Executor taskExecutor(ConfigurableListableBeanFactory beanFactory) {
		if (beanFactory.containsBean(APPLICATION_TASK_EXECUTOR)) {
			return beanFactory.getBean(APPLICATION_TASK_EXECUTOR, Executor.class);
		}
		return beanFactory.getBeanProvider(AsyncTaskExecutor.class).getIfUnique();
	}

}
