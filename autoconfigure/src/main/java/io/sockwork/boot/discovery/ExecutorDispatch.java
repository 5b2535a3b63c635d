package io.sockwork.boot.discovery;

import java.util.concurrent.Executor;
import java.util.function.Function;

import io.sockwork.boot.annotation.Dispatch;
import io.sockwork.boot.config.InvalidListenerException;
import io.sockwork.boot.config.SocketSettings;
import io.sockwork.boot.handler.AnnotatedHandlers;
import io.sockwork.core.TcpHandler;
import io.sockwork.core.UdpHandler;
import org.jspecify.annotations.Nullable;

/**
 * Puts the handlers of a listener, client or UDP socket whose settings say
 * {@link Dispatch#EXECUTOR} on their executor: the bean the settings name, else the
 * application's task executor.
 */
final class ExecutorDispatch {

	private final Function<@Nullable String, @Nullable Executor> executors;

	/**
	 * @param executors the executor bean of a name, or the application's task executor
	 * for {@code null}; {@code null} when there is none
	 */
	ExecutorDispatch(Function<@Nullable String, @Nullable Executor> executors) {
		this.executors = executors;
	}

	TcpHandler<Object> tcp(TcpHandler<Object> handler, SocketSettings settings, String kind) {
		if (settings.getDispatch() != Dispatch.EXECUTOR) {
			return handler;
		}
		Executor executor = executor(settings, kind);
		try {
			return AnnotatedHandlers.dispatching(handler, executor, settings);
		}
		catch (IllegalArgumentException ex) {
			throw invalid(settings, kind, ex);
		}
	}

	UdpHandler udp(UdpHandler handler, SocketSettings settings) {
		if (settings.getDispatch() != Dispatch.EXECUTOR) {
			return handler;
		}
		Executor executor = executor(settings, "UDP socket");
		try {
			return AnnotatedHandlers.dispatching(handler, executor, settings);
		}
		catch (IllegalArgumentException ex) {
			throw invalid(settings, "UDP socket", ex);
		}
	}

	private Executor executor(SocketSettings settings, String kind) {
		String name = settings.getExecutor();
		Executor executor = this.executors.apply(name);
		if (executor != null) {
			return executor;
		}
		String what = kind + " '" + settings.getName() + "' dispatches on an executor";
		if (name != null) {
			throw new InvalidListenerException(settings.getName(),
					what + ", but the application has no Executor bean named '" + name + "'.",
					"Define an Executor bean named '" + name + "', or name another with 'executor'.");
		}
		throw new InvalidListenerException(settings.getName(), what + ", but the application has no task executor.",
				"Define an AsyncTaskExecutor bean named 'applicationTaskExecutor' (Spring Boot's task execution "
						+ "auto-configuration does), name an Executor bean with 'executor', or let the handlers run "
						+ "on the event loop.");
	}

	private static InvalidListenerException invalid(SocketSettings settings, String kind, IllegalArgumentException ex) {
		return new InvalidListenerException(settings.getName(),
				kind + " '" + settings.getName() + "' declared by " + settings.getSource()
						+ " is not configured correctly: " + ex.getMessage(),
				"Correct its dispatch-queue water marks.");
	}

}
