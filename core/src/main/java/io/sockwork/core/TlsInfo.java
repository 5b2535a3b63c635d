package io.sockwork.core;

import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a TLS socket negotiated (Bun's {@code getTLSVersion}, {@code getCipher},
 * {@code alpnProtocol}, {@code getPeerCertificate}, {@code getCertificate},
 * {@code authorized} and {@code getAuthorizationError}).
 *
 * @param protocol the protocol, such as {@code TLSv1.3}
 * @param cipherSuite the cipher suite
 * @param alpnProtocol the ALPN protocol agreed on, or {@code null} for none
 * @param peerCertificates the peer's certificate chain, empty when it sent none
 * @param localCertificates the certificate chain this side sent, empty when none
 * @param authorized whether the peer's certificate was verified against trusted
 * certificates (and, on a client, the host name): a client that does not verify the
 * server ({@link TlsOptions#insecureSkipVerification()}) is still authorized when the
 * verification it skipped would have passed
 * @param authorizationError why a client that does not verify the server would have
 * refused it (an untrusted issuer, a host name the certificate does not name), or
 * {@code null} when it is authorized or is a server
 * @param serverName the SNI name: the one a client sent, as the server saw it, or the one
 * a client sent
 */
public record TlsInfo(String protocol, String cipherSuite, @Nullable String alpnProtocol,
		List<Certificate> peerCertificates, List<Certificate> localCertificates, boolean authorized,
		@Nullable String serverName, @Nullable CertificateException authorizationError) {

}
