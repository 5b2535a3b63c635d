package io.sockwork.sample;

import io.sockwork.boot.annotation.TcpListener;
import org.springframework.stereotype.Component;

/**
 * Echoes over TLS: the {@code demo} SSL bundle of {@code application.yml} provides the
 * key and certificate, Sockwork the rest. Failed handshakes (a plaintext client, a client
 * that does not trust the certificate) are logged by Sockwork in one rate-limited line
 * each, without the peer's bytes: a handler that logs them itself should do the same, as
 * any client can fail a handshake at will.
 */
@Component
class SecureEchoServer {

	@TcpListener(name = "secure-echo")
	byte[] echo(byte[] data) {
		return data;
	}

}
