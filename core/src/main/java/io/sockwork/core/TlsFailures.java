package io.sockwork.core;

import io.netty.handler.ssl.NotSslRecordException;
import org.jspecify.annotations.Nullable;

/**
 * Keeps what a peer sent out of TLS failures. Netty's {@link NotSslRecordException}
 * hex-dumps the record it could not read, which for a plaintext client is its payload; a
 * handler logging the failure would write those bytes to the log. Such a failure is
 * replaced by one that says the same without the bytes.
 */
final class TlsFailures {

	private TlsFailures() {
	}

	/**
	 * The failure to hand to a handler: {@code cause} itself, or a payload-free
	 * {@link NotSslRecordException} when {@code cause} is or wraps one.
	 */
	static @Nullable Throwable withoutRecordBytes(@Nullable Throwable cause) {
		for (Throwable current = cause; current != null; current = current.getCause()) {
			if (current instanceof NotSslRecordException) {
				return new NotSslRecordException("not an SSL/TLS record (its bytes are left out)");
			}
		}
		return cause;
	}

}
