package io.sockwork.boot.config;

import io.sockwork.boot.annotation.Dispatch;
import io.sockwork.core.WaterMarks;
import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;

/**
 * The configuration properties every listener, client and UDP socket has: its address,
 * and where its handlers run. Unset values keep the annotation's.
 */
public class SocketProperties {

	/**
	 * Host: the address to bind (every interface when unset), or for a client the server
	 * to connect to.
	 */
	private @Nullable String host;

	/**
	 * Port: to bind (0 for an ephemeral one), or for a client to connect to.
	 */
	private @Nullable Integer port;

	/**
	 * Where the handlers run: on the event loop, or on an executor (the application's
	 * task executor unless 'executor' names another).
	 */
	private @Nullable Dispatch dispatch;

	/**
	 * Name of the Executor bean that runs the handlers with dispatch=executor;
	 * applicationTaskExecutor when unset.
	 */
	private @Nullable String executor;

	/**
	 * Limits of each socket's queue of received bytes waiting for the executor.
	 */
	private final DispatchQueue dispatchQueue = new DispatchQueue();

	public @Nullable String getHost() {
		return this.host;
	}

	public void setHost(@Nullable String host) {
		this.host = host;
	}

	public @Nullable Integer getPort() {
		return this.port;
	}

	public void setPort(@Nullable Integer port) {
		this.port = port;
	}

	public @Nullable Dispatch getDispatch() {
		return this.dispatch;
	}

	public void setDispatch(@Nullable Dispatch dispatch) {
		this.dispatch = dispatch;
	}

	public @Nullable String getExecutor() {
		return this.executor;
	}

	public void setExecutor(@Nullable String executor) {
		this.executor = executor;
	}

	public DispatchQueue getDispatchQueue() {
		return this.dispatchQueue;
	}

	/**
	 * Rejects dispatch queue water marks that make no queue.
	 * @param path the path of these properties below {@code sockwork.}
	 * @param errors where to reject values
	 */
	protected void validateDispatch(String path, Errors errors) {
		this.dispatchQueue.validate(path, "dispatchQueue", "dispatch-queue", errors);
	}

	/**
	 * A high- and a low-water mark, in bytes: where a socket pushes back and where it
	 * lets go. Both default to {@link WaterMarks#DEFAULT} (64KB and 32KB).
	 */
	public static class WaterMarkSizes {

		/**
		 * Size above which the socket pushes back: writes are cut short (write buffer),
		 * or the socket stops reading (dispatch queue; a UDP socket drops datagrams).
		 * 64KB unless set.
		 */
		private @Nullable DataSize highWaterMark;

		/**
		 * Size under which the socket lets go: drain fires after a short write (write
		 * buffer), or a socket that stopped reading reads again (dispatch queue). 32KB
		 * unless set.
		 */
		private @Nullable DataSize lowWaterMark;

		public @Nullable DataSize getHighWaterMark() {
			return this.highWaterMark;
		}

		public void setHighWaterMark(@Nullable DataSize highWaterMark) {
			this.highWaterMark = highWaterMark;
		}

		public @Nullable DataSize getLowWaterMark() {
			return this.lowWaterMark;
		}

		public void setLowWaterMark(@Nullable DataSize lowWaterMark) {
			this.lowWaterMark = lowWaterMark;
		}

		void validate(String path, String field, String property, Errors errors) {
			long high = (this.highWaterMark != null) ? this.highWaterMark.toBytes() : WaterMarks.DEFAULT.high();
			long low = (this.lowWaterMark != null) ? this.lowWaterMark.toBytes() : WaterMarks.DEFAULT.low();
			if (high < 1) {
				errors.rejectValue(path + field + ".highWaterMark", "positive", "must be positive");
			}
			else if (low > high) {
				errors.rejectValue(path + field + ".lowWaterMark", "aboveHigh", "must not be above " + "sockwork."
						+ path.replace("[", ".").replace("]", "") + property + ".high-water-mark (" + high + " bytes)");
			}
		}

	}

	/**
	 * Limits of a socket's queue of received bytes waiting for the executor.
	 */
	public static class DispatchQueue extends WaterMarkSizes {

	}

}
