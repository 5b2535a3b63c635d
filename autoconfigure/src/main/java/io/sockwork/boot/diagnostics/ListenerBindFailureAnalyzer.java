package io.sockwork.boot.diagnostics;

import io.sockwork.boot.config.ListenerBindException;
import io.sockwork.core.SocketBindException;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a TCP listener or UDP socket that could not bind its address, most often a
 * port in use.
 */
class ListenerBindFailureAnalyzer extends AbstractFailureAnalyzer<ListenerBindException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ListenerBindException cause) {
		String name = cause.getListenerName();
		boolean udp = "UDP".equals(cause.getTransport());
		String kind = udp ? "UDP socket" : "TCP listener";
		String properties = (udp ? "sockwork.udp.sockets." : "sockwork.tcp.listeners.") + name;
		SocketBindException bind = cause.getBindException();
		String host = (bind.host() != null) ? bind.host() : "every interface";
		String address = "port " + bind.port() + " on " + host;
		if (bind.isAddressInUse()) {
			return new FailureAnalysis(
					"Sockwork " + kind + " '" + name + "' failed to start: " + address + " is already in use.",
					"Identify and stop the process that is " + (udp ? "bound to" : "listening on") + " port "
							+ bind.port() + ", or configure " + kind + " '" + name + "' to use another port with "
							+ properties + ".port.",
					cause);
		}
		return new FailureAnalysis(
				"Sockwork " + kind + " '" + name + "' failed to bind " + address + ": " + reason(bind),
				"Check that " + host + " is an address of this machine and that the application may bind port "
						+ bind.port() + ", or change " + properties + ".host and .port.",
				cause);
	}

	private static @Nullable String reason(SocketBindException bind) {
		Throwable cause = bind.getCause();
		return (cause != null) ? cause.getMessage() : bind.getMessage();
	}

}
