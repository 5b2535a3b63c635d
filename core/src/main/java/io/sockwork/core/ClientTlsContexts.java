package io.sockwork.core;

import java.util.LinkedHashMap;
import java.util.Map;

import io.netty.handler.ssl.SslContext;

/**
 * The client {@link SslContext}s of an engine, one per {@link TlsOptions}: connections
 * made with the same options share one context, so that they resume each other's TLS
 * sessions and a connect does not build a context. The {@value #MAX_CONTEXTS} most
 * recently used are kept.
 */
final class ClientTlsContexts {

	static final int MAX_CONTEXTS = 32;

	private final Map<TlsOptions, SslContext> contexts = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<TlsOptions, SslContext> eldest) {
			return size() > MAX_CONTEXTS;
		}

	};

	/**
	 * The context of {@code options}, built on first use.
	 */
	synchronized SslContext get(TlsOptions options) {
		return this.contexts.computeIfAbsent(options, TlsContexts::client);
	}

}
