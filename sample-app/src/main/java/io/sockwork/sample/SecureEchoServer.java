package io.sockwork.sample;

import io.sockwork.boot.annotation.OnHandshake;
import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.core.TcpSocket;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Echoes over TLS: the {@code demo} SSL bundle of {@code application.yml} provides the
 * key and certificate, Sockwork the rest. Failed handshakes (a plaintext client, a client
 * that does not trust the certificate) are logged.
 */
@Component
class SecureEchoServer {

	private static final Logger logger = LoggerFactory.getLogger(SecureEchoServer.class);

	@TcpListener(name = "secure-echo")
	byte[] echo(byte[] data) {
		return data;
	}

	@OnHandshake("secure-echo")
	void handshake(TcpSocket<Object> socket, boolean success, @Nullable Throwable error) {
		if (!success) {
			logger.info("TLS handshake with {} failed: {}", socket.remoteAddress(), error);
		}
	}

}
