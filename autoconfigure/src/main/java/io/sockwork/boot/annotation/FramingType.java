package io.sockwork.boot.annotation;

/**
 * How a listener cuts its byte stream into the messages its data handler receives.
 */
public enum FramingType {

	/** The chunks as they arrive, as in Bun. */
	RAW,

	/** Lines ended by LF or CRLF, without the line break. */
	LINES,

	/** Frames ended by a delimiter, without it. */
	DELIMITER,

	/** Frames preceded by their length in a 1, 2 or 4 byte field, without it. */
	LENGTH_PREFIXED,

	/** Frames of a fixed length. */
	FIXED

}
