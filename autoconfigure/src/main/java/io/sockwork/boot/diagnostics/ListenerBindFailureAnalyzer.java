package io.sockwork.boot.diagnostics;

import io.sockwork.boot.listener.ListenerBindException;
import io.sockwork.core.SocketBindException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a listener that could not bind its address, most often a port in use.
 */
class ListenerBindFailureAnalyzer extends AbstractFailureAnalyzer<ListenerBindException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, ListenerBindException cause) {
		String name = cause.getListenerName();
		SocketBindException bind = cause.getBindException();
		String host = (bind.host() != null) ? bind.host() : "every interface";
		String address = "port " + bind.port() + " on " + host;
		if (bind.isAddressInUse()) {
			return new FailureAnalysis(
					"Sockwork TCP listener '" + name + "' failed to start: " + address + " is already in use.",
					"Identify and stop the process that is listening on port " + bind.port()
							+ ", or configure listener '" + name + "' to listen on another port with sockwork.tcp.listeners."
							+ name + ".port.",
					cause);
		}
		return new FailureAnalysis(
				"Sockwork TCP listener '" + name + "' failed to bind " + address + ": "
						+ bind.getCause().getMessage(),
				"Check that " + host + " is an address of this machine and that the application may listen on port "
						+ bind.port() + ", or change sockwork.tcp.listeners." + name + ".host and .port.",
				cause);
	}

}
