package io.sockwork.boot.autoconfigure;

import java.util.Map;

import io.sockwork.boot.config.SocketProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.UnboundElementsSourceFilter;
import org.springframework.core.ResolvableType;

/**
 * Fails the binding when a key below one socket of a per-socket map
 * ({@code sockwork.tcp.listeners}, {@code sockwork.tcp.clients},
 * {@code sockwork.udp.sockets}: any map of {@link SocketProperties}) is no property of
 * that kind, such as {@code sockwork.tcp.listeners.echo.prot}. It is Spring Boot's
 * {@link NoUnboundElementsBindHandler} (what {@code ignoreUnknownFields = false} uses)
 * with each such map as its root, so that the rest of {@code sockwork.*} keeps Boot's
 * default and ignores keys it does not know.
 */
final class UnknownSocketKeysBindHandler extends AbstractBindHandler {

	private final NoUnboundElementsBindHandler unbound = new NoUnboundElementsBindHandler(BindHandler.DEFAULT,
			new UnboundElementsSourceFilter());

	UnknownSocketKeysBindHandler(BindHandler parent) {
		super(parent);
	}

	@Override
	public <T> @Nullable Bindable<T> onStart(ConfigurationPropertyName name, Bindable<T> target, BindContext context) {
		this.unbound.onStart(name, target, context);
		return super.onStart(name, target, context);
	}

	@Override
	public @Nullable Object onSuccess(ConfigurationPropertyName name, Bindable<?> target, BindContext context,
			Object result) {
		this.unbound.onSuccess(name, target, context, result);
		return super.onSuccess(name, target, context, result);
	}

	@Override
	public void onFinish(ConfigurationPropertyName name, Bindable<?> target, BindContext context,
			@Nullable Object result) throws Exception {
		super.onFinish(name, target, context, result);
		if (isSocketMap(target.getType())) {
			this.unbound.onFinish(name, target, new RootContext(context), result);
		}
	}

	private static boolean isSocketMap(ResolvableType type) {
		return Map.class.isAssignableFrom(type.toClass())
				&& SocketProperties.class.isAssignableFrom(type.asMap().getGeneric(1).toClass());
	}

	/**
	 * The context of the map being finished, seen as the root of the binding: the depth
	 * at which {@link NoUnboundElementsBindHandler} checks every key below the name it
	 * finishes.
	 */
	private record RootContext(BindContext context) implements BindContext {

		@Override
		public Binder getBinder() {
			return this.context.getBinder();
		}

		@Override
		public int getDepth() {
			return 0;
		}

		@Override
		public Iterable<ConfigurationPropertySource> getSources() {
			return this.context.getSources();
		}

		@Override
		public @Nullable ConfigurationProperty getConfigurationProperty() {
			return this.context.getConfigurationProperty();
		}

	}

}
