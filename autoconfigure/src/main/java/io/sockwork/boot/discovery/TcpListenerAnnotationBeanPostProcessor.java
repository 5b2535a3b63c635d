package io.sockwork.boot.discovery;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import io.sockwork.boot.config.AttributeResolver;
import io.sockwork.boot.config.DeclaredEndpoints;
import io.sockwork.boot.config.TcpClientEndpoint;
import io.sockwork.boot.config.TcpClientSettingsCustomizer;
import io.sockwork.boot.config.TcpListenerEndpoint;
import io.sockwork.boot.config.TcpListenerSettingsCustomizer;
import io.sockwork.boot.config.UdpSocketEndpoint;
import io.sockwork.boot.config.UdpSocketSettingsCustomizer;
import io.sockwork.boot.handler.DiscoveredMethod;
import io.sockwork.boot.handler.HandlerAnnotation;
import io.sockwork.boot.handler.TcpHandlerDecorator;
import io.sockwork.boot.registry.SocketRegistry;
import io.sockwork.core.SocketEvent;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.util.Assert;

/**
 * Finds the {@code @TcpListener}, {@code @TcpClient}, {@code @UdpSocket},
 * {@code @OnOpen}, ... methods of every bean (proxies included) and, once all singletons
 * exist, turns them into the TCP listener, TCP client and UDP socket endpoints of the
 * {@link SocketRegistry}. Discovers only: building happens in
 * {@link #afterSingletonsInstantiated()}, binding when the registry starts. The registry
 * can build the listener endpoints again from the same methods when it
 * {@link SocketRegistry#reload() reloads}: placeholders, settings and customizers are
 * then read anew, and a scoped proxy (such as Spring Cloud's refresh scope) reaches its
 * current target.
 */
public class TcpListenerAnnotationBeanPostProcessor
		implements BeanPostProcessor, SmartInitializingSingleton, BeanFactoryAware {

	/**
	 * The name of Spring Boot's task executor, used by listeners that dispatch on an
	 * executor.
	 */
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
		if (!ScopedProxyUtils.isScopedTarget(beanName)) {
			// A scoped target is reached through its proxy, found in
			// afterSingletonsInstantiated.
			discover(bean, beanName);
		}
		return bean;
	}

	private void discover(Object bean, String beanName) {
		Class<?> targetClass = AopUtils.getTargetClass(bean);
		if (this.classesWithoutHandlers.contains(targetClass)) {
			return;
		}
		Map<Method, Map<HandlerAnnotation, Annotation>> methods = MethodIntrospector.selectMethods(targetClass,
				(MethodIntrospector.MetadataLookup<Map<HandlerAnnotation, Annotation>>) TcpListenerAnnotationBeanPostProcessor::find);
		if (methods.isEmpty()) {
			this.classesWithoutHandlers.add(targetClass);
			return;
		}
		methods.forEach((method, annotations) -> annotations.forEach((kind, annotation) -> this.discovered
			.add(new DiscoveredMethod(bean, beanName, method, kind, annotation))));
	}

	/**
	 * Discovers the scoped proxies (refresh scope, for example) that nothing has asked
	 * for yet: a proxy is made by a factory bean, so it is not post-processed until first
	 * used. Calls through it reach the current target.
	 */
	private void discoverScopedProxies(ConfigurableListableBeanFactory beanFactory) {
		for (String name : beanFactory.getBeanDefinitionNames()) {
			if (!ScopedProxyUtils.isScopedTarget(name)) {
				continue;
			}
			String proxyName = ScopedProxyUtils.getOriginalBeanName(name);
			if (beanFactory.containsBean(proxyName)
					&& this.discovered.stream().noneMatch((method) -> method.beanName().equals(proxyName))) {
				discover(beanFactory.getBean(proxyName), proxyName);
			}
		}
	}

	/**
	 * The handler annotations of a method, or {@code null} for none.
	 */
	static @Nullable Map<HandlerAnnotation, Annotation> find(Method method) {
		Map<HandlerAnnotation, Annotation> found = null;
		for (HandlerAnnotation kind : HandlerAnnotation.values()) {
			Annotation annotation = AnnotatedElementUtils.findMergedAnnotation(method, kind.type());
			if (annotation != null) {
				found = (found != null) ? found : new EnumMap<>(HandlerAnnotation.class);
				found.put(kind, annotation);
			}
		}
		return found;
	}

	@Override
	public void afterSingletonsInstantiated() {
		ConfigurableListableBeanFactory beanFactory = this.beanFactory;
		Assert.state(beanFactory != null, "No bean factory");
		discoverScopedProxies(beanFactory);
		List<DiscoveredMethod> methods = List.copyOf(this.discovered);
		this.discovered.clear();
		AttributeResolver attributes = new AttributeResolver(beanFactory::resolveEmbeddedValue);
		BundleUpdates updates = new BundleUpdates();
		Supplier<DeclaredEndpoints> endpoints = () -> declare(beanFactory, attributes, updates, methods);
		DeclaredEndpoints declared = endpoints.get();
		if (!declared.isEmpty()) {
			SocketRegistry registry = beanFactory.getBean(SocketRegistry.class);
			declared.listeners().forEach(registry::register);
			declared.udpSockets().forEach(registry::register);
			declared.clients().forEach(registry::register);
			registry.endpointSource(endpoints);
		}
		else {
			beanFactory.getBeanProvider(SocketRegistry.class)
				.ifAvailable((registry) -> registry.endpointSource(endpoints));
		}
	}

	private static DeclaredEndpoints declare(ConfigurableListableBeanFactory beanFactory, AttributeResolver attributes,
			BundleUpdates updates, List<DiscoveredMethod> methods) {
		Map<String, Map<SocketEvent, DiscoveredMethod>> bound = new HandlerMethodBinder(attributes).bind(methods);
		updates.retainOnly(bound.keySet());
		Supplier<@Nullable SslBundles> sslBundles = () -> beanFactory.getBeanProvider(SslBundles.class)
			.getIfAvailable();
		Supplier<SocketRegistry> registry = () -> beanFactory.getBean(SocketRegistry.class);
		ExecutorDispatch dispatch = new ExecutorDispatch((name) -> executor(beanFactory, name));
		List<TcpListenerEndpoint> listeners = endpointFactory(beanFactory, attributes,
				new TcpListenerTls(sslBundles, registry, updates), dispatch)
			.create(bound);
		List<UdpSocketEndpoint> udpSockets = new UdpSocketEndpointFactory(attributes,
				beanFactory.getBeanProvider(UdpSocketSettingsCustomizer.class).orderedStream().toList(), dispatch)
			.create(bound);
		List<TcpClientEndpoint> clients = new TcpClientEndpointFactory(attributes,
				beanFactory.getBeanProvider(TcpClientSettingsCustomizer.class).orderedStream().toList(),
				new TcpClientTls(sslBundles, registry, updates), dispatch)
			.create(bound);
		return new DeclaredEndpoints(listeners, udpSockets, clients);
	}

	private static TcpListenerEndpointFactory endpointFactory(ConfigurableListableBeanFactory beanFactory,
			AttributeResolver attributes, TcpListenerTls tls, ExecutorDispatch dispatch) {
		return new TcpListenerEndpointFactory(attributes,
				beanFactory.getBeanProvider(TcpListenerSettingsCustomizer.class).orderedStream().toList(),
				beanFactory.getBeanProvider(TcpHandlerDecorator.class).orderedStream().toList(), dispatch, tls,
				new InitialDataSuppliers((name) -> beanFactory.getBean(name, Supplier.class)));
	}

	/**
	 * The executor bean of that name, or without a name the application's task executor.
	 */
	private static @Nullable Executor executor(ConfigurableListableBeanFactory beanFactory, @Nullable String name) {
		if (name != null) {
			return beanFactory.containsBean(name) ? beanFactory.getBean(name, Executor.class) : null;
		}
		if (beanFactory.containsBean(APPLICATION_TASK_EXECUTOR)) {
			return beanFactory.getBean(APPLICATION_TASK_EXECUTOR, Executor.class);
		}
		return beanFactory.getBeanProvider(AsyncTaskExecutor.class).getIfUnique();
	}

}
