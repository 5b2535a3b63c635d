package io.sockwork.boot.metrics;

import io.micrometer.common.docs.KeyName;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.docs.MeterDocumentation;
import org.jspecify.annotations.Nullable;

/**
 * The meters of Sockwork. Every meter is tagged with the socket's
 * {@link SocketKeyNames#NAME name} and {@link SocketKeyNames#TRANSPORT transport}; none
 * with a remote address.
 */
public enum SockworkMeters implements MeterDocumentation {

	/** Open connections of a listener. */
	CONNECTIONS_ACTIVE("sockwork.connections.active", Meter.Type.GAUGE, null, "Open connections"),

	/** Connections accepted by a listener, or opened by a client. */
	CONNECTIONS_OPENED("sockwork.connections.opened", Meter.Type.COUNTER, null, "Connections opened"),

	/**
	 * Connections a listener closed at once: at its limit ({@code max-connections}), or
	 * without a valid PROXY protocol header ({@code proxy-header}).
	 */
	CONNECTIONS_REJECTED("sockwork.connections.rejected", Meter.Type.COUNTER, null,
			"Connections closed at once: the listener was at its limit, or the PROXY protocol header was invalid",
			SocketKeyNames.REASON),

	/** Bytes received. */
	BYTES_RECEIVED("sockwork.bytes.received", Meter.Type.COUNTER, BaseUnits.BYTES, "Bytes received"),

	/** Bytes accepted by writes and sends. */
	BYTES_SENT("sockwork.bytes.sent", Meter.Type.COUNTER, BaseUnits.BYTES, "Bytes accepted by writes and sends"),

	/**
	 * Writes that accepted fewer bytes than given because the outbound buffer was full.
	 */
	WRITES_BACKPRESSURED("sockwork.writes.backpressured", Meter.Type.COUNTER, null,
			"Writes that accepted fewer bytes than given because the outbound buffer was full"),

	/** Drain events: the outbound buffer emptied enough after backpressure. */
	DRAINS("sockwork.drains", Meter.Type.COUNTER, null, "Drain events after backpressure"),

	/**
	 * Sockets a broadcast skipped because their outbound buffer was over its high-water
	 * mark.
	 */
	BROADCASTS_SKIPPED("sockwork.broadcasts.skipped", Meter.Type.COUNTER, null,
			"Sockets a broadcast skipped because their outbound buffer was over its high-water mark"),

	/** Time from the first short write to the drain that followed. */
	DRAIN_WAIT("sockwork.drain.wait", Meter.Type.TIMER, null,
			"Time from the first short write of a socket to the drain that followed"),

	/** Bytes written by handlers and not yet taken by the kernel. */
	OUTBOUND_BUFFERED("sockwork.outbound.buffered", Meter.Type.GAUGE, BaseUnits.BYTES,
			"Bytes written by handlers and not yet taken by the kernel"),

	/** Open sockets whose outbound buffer is over its high-water mark. */
	SOCKETS_UNWRITABLE("sockwork.sockets.unwritable", Meter.Type.GAUGE, null,
			"Open sockets whose outbound buffer is over its high-water mark"),

	/**
	 * Exceptions thrown by handler methods, by event; a UDP socket counts all its events
	 * as {@code any}.
	 */
	HANDLER_ERRORS("sockwork.handler.errors", Meter.Type.COUNTER, null, "Exceptions thrown by handler methods",
			SocketKeyNames.EVENT),

	/**
	 * Time spent in handler methods, by event; off unless
	 * {@code sockwork.metrics.handler-duration.enabled}.
	 */
	HANDLER_DURATION("sockwork.handler.duration", Meter.Type.TIMER, null, "Time spent in handler methods",
			SocketKeyNames.EVENT),

	/** TLS handshakes and their time, by outcome. */
	TLS_HANDSHAKES("sockwork.tls.handshakes", Meter.Type.TIMER, null, "TLS handshakes", SocketKeyNames.OUTCOME),

	/** Datagrams handed to the handler of a UDP socket. */
	UDP_DATAGRAMS_RECEIVED("sockwork.udp.datagrams.received", Meter.Type.COUNTER, null, "Datagrams received"),

	/** Datagrams accepted by sends of a UDP socket. */
	UDP_DATAGRAMS_SENT("sockwork.udp.datagrams.sent", Meter.Type.COUNTER, null, "Datagrams sent"),

	/**
	 * Datagrams lost: too large, from another than the connected peer, or failed to send.
	 */
	UDP_DATAGRAMS_DROPPED("sockwork.udp.datagrams.dropped", Meter.Type.COUNTER, null,
			"Datagrams dropped: too large, from another than the connected peer, or failed to send"),

	/** Sends refused because the outbound buffer of a UDP socket was full. */
	UDP_SEND_BACKPRESSURED("sockwork.udp.send.backpressured", Meter.Type.COUNTER, null,
			"Sends refused because the outbound buffer was full"),

	/** Whether a client is connected now: 1 or 0. */
	CLIENT_CONNECTED("sockwork.client.connected", Meter.Type.GAUGE, null,
			"Whether the client is connected now (1) or connecting (0)"),

	/** Connection attempts of a client after a failed attempt or a lost connection. */
	CLIENT_RECONNECTS("sockwork.client.reconnects", Meter.Type.COUNTER, null,
			"Connection attempts after a failed attempt or a lost connection");

	private final String name;

	private final Meter.Type type;

	private final @Nullable String baseUnit;

	private final String description;

	private final KeyName[] keyNames;

	SockworkMeters(String name, Meter.Type type, @Nullable String baseUnit, String description,
			KeyName... additionalKeyNames) {
		this.name = name;
		this.type = type;
		this.baseUnit = baseUnit;
		this.description = description;
		this.keyNames = KeyName.merge(new KeyName[] { SocketKeyNames.NAME, SocketKeyNames.TRANSPORT },
				additionalKeyNames);
	}

	@Override
	public String getName() {
		return this.name;
	}

	@Override
	public Meter.Type getType() {
		return this.type;
	}

	@Override
	public @Nullable String getBaseUnit() {
		return this.baseUnit;
	}

	@Override
	public KeyName[] getKeyNames() {
		return this.keyNames.clone();
	}

	/**
	 * What the meter measures, as published with it.
	 * @return the description
	 */
	public String getDescription() {
		return this.description;
	}

	/**
	 * The tags of Sockwork's meters.
	 */
	public enum SocketKeyNames implements KeyName {

		/** The listener's or UDP socket's name. */
		NAME("name"),

		/** The transport: {@code tcp} or {@code udp}. */
		TRANSPORT("transport"),

		/** Why a connection was rejected: {@code max-connections}. */
		REASON("reason"),

		/**
		 * The handler event, lowercase: {@code open}, {@code data}, {@code drain}, ...
		 */
		EVENT("event"),

		/** The outcome of a TLS handshake: {@code success} or {@code failure}. */
		OUTCOME("outcome");

		private final String key;

		SocketKeyNames(String key) {
			this.key = key;
		}

		@Override
		public String asString() {
			return this.key;
		}

	}

}
