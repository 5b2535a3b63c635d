package io.sockwork.boot.config;

import io.sockwork.boot.annotation.Dispatch;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.util.unit.DataSize;

/**
 * What the settings of every listener, client and UDP socket have: a name, the method
 * that declares it, an address, and where its handlers run.
 */
public abstract class SocketSettings {

	private final String name;

	private final String source;

	private @Nullable String host;

	private @Nullable Integer port;

	private Dispatch dispatch = Dispatch.EVENT_LOOP;

	private @Nullable String executor;

	private DataSize dispatchQueueHighWaterMark = DataSize.ofKilobytes(64);

	private DataSize dispatchQueueLowWaterMark = DataSize.ofKilobytes(32);

	/**
	 * Creates settings with no address yet.
	 * @param name the socket's name
	 * @param source the handler method that declares it, for messages
	 */
	protected SocketSettings(String name, String source) {
		this.name = name;
		this.source = source;
	}

	/**
	 * The socket's name.
	 * @return the name
	 */
	public String getName() {
		return this.name;
	}

	/**
	 * The handler method that declares the socket.
	 * @return the method, as shown in messages
	 */
	public String getSource() {
		return this.source;
	}

	/**
	 * The host: the address to bind, or for a client the server to connect to.
	 * @return the host, or {@code null} when not set (for a listener or UDP socket: every
	 * interface)
	 */
	public @Nullable String getHost() {
		return this.host;
	}

	/**
	 * Sets the host.
	 * @param host the host, or {@code null} for the default
	 */
	public void setHost(@Nullable String host) {
		this.host = host;
	}

	/**
	 * The port.
	 * @return the port ({@code 0} for an ephemeral one), or {@code null} while none is
	 * configured
	 */
	public @Nullable Integer getPort() {
		return this.port;
	}

	/**
	 * Sets the port.
	 * @param port the port, {@code 0} for an ephemeral one
	 */
	public void setPort(@Nullable Integer port) {
		this.port = port;
	}

	/**
	 * Applies the address properties that are set.
	 * @param properties the socket's properties
	 */
	protected void applySocket(SocketProperties properties) {
		PropertyMapper map = PropertyMapper.get();
		map.from(properties::getHost).to(this::setHost);
		map.from(properties::getPort).to(this::setPort);
		map.from(properties::getDispatch).to(this::setDispatch);
		map.from(properties::getExecutor).to(this::setExecutor);
		map.from(properties.getDispatchQueue()::getHighWaterMark).to(this::setDispatchQueueHighWaterMark);
		map.from(properties.getDispatchQueue()::getLowWaterMark).to(this::setDispatchQueueLowWaterMark);
	}

	/**
	 * Reads the dispatch attributes that {@code @TcpListener}, {@code @TcpClient} and
	 * {@code @UdpSocket} share.
	 * @param dispatch the {@code dispatch} attribute
	 * @param executor the {@code executor} attribute
	 * @param highWaterMark the {@code dispatchQueueHighWaterMark} attribute
	 * @param lowWaterMark the {@code dispatchQueueLowWaterMark} attribute
	 * @param attributes resolves the attributes' placeholders
	 */
	protected void readDispatch(Dispatch dispatch, String executor, String highWaterMark, String lowWaterMark,
			AttributeResolver attributes) {
		PropertyMapper map = PropertyMapper.get();
		map.from(dispatch).to(this::setDispatch);
		map.from(attributes.text(executor)).to(this::setExecutor);
		map.from(attributes.text(highWaterMark)).as(DataSize::parse).to(this::setDispatchQueueHighWaterMark);
		map.from(attributes.text(lowWaterMark)).as(DataSize::parse).to(this::setDispatchQueueLowWaterMark);
	}

	/**
	 * Where the handlers run.
	 * @return the dispatch mode
	 */
	public Dispatch getDispatch() {
		return this.dispatch;
	}

	/**
	 * Sets where the handlers run.
	 * @param dispatch the dispatch mode
	 */
	public void setDispatch(Dispatch dispatch) {
		this.dispatch = dispatch;
	}

	/**
	 * The name of the executor bean that runs the handlers with
	 * {@link Dispatch#EXECUTOR}.
	 * @return the bean name, or {@code null} for the application's task executor
	 */
	public @Nullable String getExecutor() {
		return this.executor;
	}

	/**
	 * Sets the name of the executor bean that runs the handlers.
	 * @param executor the bean name, or {@code null} for the application's task executor
	 */
	public void setExecutor(@Nullable String executor) {
		this.executor = executor;
	}

	/**
	 * The received bytes queued for the executor of one socket above which it stops
	 * reading (a UDP socket drops datagrams).
	 * @return the high-water mark
	 */
	public DataSize getDispatchQueueHighWaterMark() {
		return this.dispatchQueueHighWaterMark;
	}

	/**
	 * Sets the dispatch queue's high-water mark.
	 * @param dispatchQueueHighWaterMark the size above which a socket stops reading
	 */
	public void setDispatchQueueHighWaterMark(DataSize dispatchQueueHighWaterMark) {
		this.dispatchQueueHighWaterMark = dispatchQueueHighWaterMark;
	}

	/**
	 * The queued bytes under which a socket that stopped reading reads again.
	 * @return the low-water mark
	 */
	public DataSize getDispatchQueueLowWaterMark() {
		return this.dispatchQueueLowWaterMark;
	}

	/**
	 * Sets the dispatch queue's low-water mark.
	 * @param dispatchQueueLowWaterMark the size under which a socket reads again
	 */
	public void setDispatchQueueLowWaterMark(DataSize dispatchQueueLowWaterMark) {
		this.dispatchQueueLowWaterMark = dispatchQueueLowWaterMark;
	}

}
