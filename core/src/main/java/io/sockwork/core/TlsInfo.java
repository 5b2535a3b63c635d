package io.sockwork.core;

import java.security.cert.Certificate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a TLS socket negotiated (Bun's {@code getTLSVersion}, {@code getCipher},
 * {@code alpnProtocol}, {@code getPeerCertificate}, {@code getCertificate} and
 * {@code authorized}).
 *
 * @param protocol the protocol, such as {@code TLSv1.3}
 * @param cipherSuite the cipher suite
 * @param alpnProtocol the ALPN protocol agreed on, or {@code null} for none
 * @param peerCertificates the peer's certificate chain, empty when it sent none
 * @param localCertificates the certificate chain this side sent, empty when none
 * @param authorized whether the peer's certificate was verified against trusted
 * certificates
 * @param serverName the SNI name: the one a client sent, as the server saw it, or the one
 * a client sent
 */
public record TlsInfo(String protocol, String cipherSuite, @Nullable String alpnProtocol,
		List<Certificate> peerCertificates, List<Certificate> localCertificates, boolean authorized,
		@Nullable String serverName) {

}
