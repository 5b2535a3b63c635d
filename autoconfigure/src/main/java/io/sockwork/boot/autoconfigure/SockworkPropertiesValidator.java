package io.sockwork.boot.autoconfigure;

import java.time.Duration;
import java.util.Map;

import io.sockwork.core.UdpOptions;
import io.sockwork.core.WaterMarks;
import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;

/**
 * Checks {@link SockworkProperties} when they are bound, so that Spring Boot's report
 * names the property at fault and its value, before any socket is created.
 */
final class SockworkPropertiesValidator {

	private SockworkPropertiesValidator() {
	}

	static void validate(SockworkProperties properties, Errors errors) {
		if (properties.getEngine().getThreads() < 0) {
			errors.rejectValue("engine.threads", "negative", "must not be negative (0 means Netty's default)");
		}
		if (properties.getShutdown().getGracePeriod().isNegative()) {
			errors.rejectValue("shutdown.gracePeriod", "negative", "must not be negative");
		}
		for (Map.Entry<String, SockworkProperties.Listener> entry : properties.getTcp().getListeners().entrySet()) {
			validateListener("tcp.listeners[" + entry.getKey() + "].", entry.getValue(), errors);
		}
		for (Map.Entry<String, SockworkProperties.UdpSocket> entry : properties.getUdp().getSockets().entrySet()) {
			validateUdpSocket("udp.sockets[" + entry.getKey() + "].", entry.getValue(), errors);
		}
		for (Map.Entry<String, SockworkProperties.Client> entry : properties.getTcp().getClients().entrySet()) {
			validateClient("tcp.clients[" + entry.getKey() + "].", entry.getValue(), errors);
		}
	}

	private static void validateListener(String path, SockworkProperties.Listener listener, Errors errors) {
		validatePort(path, listener.getPort(), errors);
		rejectNegative(path + "backlog", listener.getBacklog(), errors);
		rejectNegative(path + "maxConnections", listener.getMaxConnections(), errors);
		Duration idleTimeout = listener.getIdleTimeout();
		if (idleTimeout != null && (idleTimeout.isNegative() || idleTimeout.isZero())) {
			errors.rejectValue(path + "idleTimeout", "positive", "must be positive; leave it unset for none");
		}
		validateFraming(path + "framing.", listener.getFraming(), errors);
		validateWaterMarks(path, "writeBuffer", "write-buffer", listener.getWriteBuffer(), errors);
		validateWaterMarks(path, "dispatchQueue", "dispatch-queue", listener.getDispatchQueue(), errors);
	}

	/**
	 * Checks a pair of water marks (both default to 64KB and 32KB).
	 */
	private static void validateWaterMarks(String path, String field, String property,
			SockworkProperties.WaterMarkSizes marks, Errors errors) {
		long high = bytes(marks.getHighWaterMark(), WaterMarks.DEFAULT.high());
		long low = bytes(marks.getLowWaterMark(), WaterMarks.DEFAULT.low());
		if (high < 1) {
			errors.rejectValue(path + field + ".highWaterMark", "positive", "must be positive");
		}
		else if (low > high) {
			errors.rejectValue(path + field + ".lowWaterMark", "aboveHigh", "must not be above " + "sockwork."
					+ path.replace("[", ".").replace("]", "") + property + ".high-water-mark (" + high + " bytes)");
		}
	}

	private static void validateUdpSocket(String path, SockworkProperties.UdpSocket socket, Errors errors) {
		validatePort(path, socket.getPort(), errors);
		validateTtl(path + "ttl", socket.getTtl(), errors);
		validateWaterMarks(path, "dispatchQueue", "dispatch-queue", socket.getDispatchQueue(), errors);
		validateTtl(path + "multicast.ttl", socket.getMulticast().getTtl(), errors);
		DataSize receiveBuffer = socket.getReceiveBufferSize();
		if (receiveBuffer != null && receiveBuffer.toBytes() < 1) {
			errors.rejectValue(path + "receiveBufferSize", "positive", "must be positive");
		}
		DataSize maxDatagram = socket.getMaxDatagramSize();
		if (maxDatagram != null
				&& (maxDatagram.toBytes() < 1 || maxDatagram.toBytes() > UdpOptions.MAX_DATAGRAM_SIZE)) {
			errors.rejectValue(path + "maxDatagramSize", "range",
					"must be between 1 and " + UdpOptions.MAX_DATAGRAM_SIZE + " bytes");
		}
	}

	private static void validateClient(String path, SockworkProperties.Client client, Errors errors) {
		Integer port = client.getPort();
		if (port != null && (port < 1 || port > 65535)) {
			errors.rejectValue(path + "port", "range", "must be between 1 and 65535");
		}
		rejectNotPositive(path + "connectTimeout", client.getConnectTimeout(), errors);
		validateWaterMarks(path, "dispatchQueue", "dispatch-queue", client.getDispatchQueue(), errors);
		SockworkProperties.Reconnect reconnect = client.getReconnect();
		rejectNotPositive(path + "reconnect.initialDelay", reconnect.getInitialDelay(), errors);
		rejectNotPositive(path + "reconnect.maxDelay", reconnect.getMaxDelay(), errors);
		Double multiplier = reconnect.getMultiplier();
		if (multiplier != null && multiplier < 1) {
			errors.rejectValue(path + "reconnect.multiplier", "range", "must be at least 1");
		}
		Double jitter = reconnect.getJitter();
		if (jitter != null && (jitter < 0 || jitter > 1)) {
			errors.rejectValue(path + "reconnect.jitter", "range", "must be between 0 and 1");
		}
	}

	private static void validatePort(String path, @Nullable Integer port, Errors errors) {
		if (port != null && (port < 0 || port > 65535)) {
			errors.rejectValue(path + "port", "range", "must be between 0 and 65535 (0 for an ephemeral port)");
		}
	}

	private static void validateTtl(String field, @Nullable Integer ttl, Errors errors) {
		if (ttl != null && (ttl < 0 || ttl > 255)) {
			errors.rejectValue(field, "range", "must be between 0 and 255");
		}
	}

	private static void rejectNotPositive(String field, @Nullable Duration value, Errors errors) {
		if (value != null && (value.isNegative() || value.isZero())) {
			errors.rejectValue(field, "positive", "must be positive");
		}
	}

	private static void validateFraming(String path, SockworkProperties.Framing framing, Errors errors) {
		Integer fieldLength = framing.getLengthFieldLength();
		if (fieldLength != null && fieldLength != 1 && fieldLength != 2 && fieldLength != 4) {
			errors.rejectValue(path + "lengthFieldLength", "range", "must be 1, 2 or 4");
		}
		DataSize maxLength = framing.getMaxLength();
		if (maxLength != null && maxLength.toBytes() < 1) {
			errors.rejectValue(path + "maxLength", "positive", "must be positive");
		}
		Integer length = framing.getLength();
		if (length != null && length < 1) {
			errors.rejectValue(path + "length", "positive", "must be positive");
		}
	}

	private static void rejectNegative(String field, @Nullable Integer value, Errors errors) {
		if (value != null && value < 0) {
			errors.rejectValue(field, "negative", "must not be negative");
		}
	}

	private static long bytes(@Nullable DataSize size, long otherwise) {
		return (size != null) ? size.toBytes() : otherwise;
	}

}
