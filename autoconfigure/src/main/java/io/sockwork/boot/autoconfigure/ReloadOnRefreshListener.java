package io.sockwork.boot.autoconfigure;

import io.sockwork.boot.registry.ReloadResult;
import io.sockwork.boot.registry.SocketRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.ResolvableType;

/**
 * Reloads the {@link SocketRegistry} when Spring Cloud's refresh scope was refreshed, and
 * when the application's own context is refreshed again after its first start. A child
 * context's refresh (such as a management context on its own port), whose event reaches
 * this listener too, does not reload. The Spring Cloud event is recognised by its class
 * name, so that Spring Cloud stays optional.
 */
final class ReloadOnRefreshListener implements GenericApplicationListener, ApplicationContextAware {

	static final String REFRESH_SCOPE_REFRESHED_EVENT = "org.springframework.cloud.context.scope.refresh.RefreshScopeRefreshedEvent";

	private static final Logger logger = LoggerFactory.getLogger(ReloadOnRefreshListener.class);

	private final SocketRegistry registry;

	private @Nullable ApplicationContext context;

	private boolean started;

	ReloadOnRefreshListener(SocketRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void setApplicationContext(ApplicationContext context) {
		this.context = context;
	}

	@Override
	public boolean supportsEventType(ResolvableType eventType) {
		Class<?> type = eventType.toClass();
		return ContextRefreshedEvent.class.isAssignableFrom(type) || isRefreshScopeRefreshed(type);
	}

	private static boolean isRefreshScopeRefreshed(Class<?> type) {
		for (Class<?> candidate = type; candidate != null; candidate = candidate.getSuperclass()) {
			if (candidate.getName().equals(REFRESH_SCOPE_REFRESHED_EVENT)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public synchronized void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ContextRefreshedEvent refreshed) {
			if (refreshed.getApplicationContext() != this.context) {
				return;
			}
			if (!this.started) {
				// The first start: the registry has just bound (or adopted) its sockets.
				this.started = true;
				return;
			}
		}
		if (this.registry.isRunning()) {
			logger.info("Reloading sockets after {}", event.getClass().getSimpleName());
			ReloadResult result = this.registry.reload();
			if (!result.isSuccess()) {
				logger.warn("Sockets {} could not be reloaded and were left as they were", result.failures().keySet());
			}
		}
	}

	@Override
	public int getOrder() {
		return LOWEST_PRECEDENCE;
	}

}
