package io.sockwork.boot.autoconfigure;

import java.util.function.Supplier;

import io.sockwork.boot.registry.ServerHandoff;
import io.sockwork.core.SocketEngine;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.FactoryBean;

/**
 * The auto-configured {@link SocketEngine}: the one kept from the previous context across
 * a restart, or a new one; closed with the context unless it is kept for the next one.
 */
final class SocketEngineFactoryBean implements FactoryBean<SocketEngine>, DisposableBean {

	private final Supplier<SocketEngine> factory;

	private @Nullable SocketEngine engine;

	SocketEngineFactoryBean(Supplier<SocketEngine> factory) {
		this.factory = factory;
	}

	@Override
	public synchronized SocketEngine getObject() {
		if (this.engine == null) {
			this.engine = ServerHandoff.engineOr(this.factory);
		}
		return this.engine;
	}

	@Override
	public Class<?> getObjectType() {
		return SocketEngine.class;
	}

	@Override
	public synchronized void destroy() {
		if (this.engine != null) {
			ServerHandoff.release(this.engine);
		}
	}

}
