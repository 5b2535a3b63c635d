package io.sockwork.core;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

import org.jspecify.annotations.Nullable;

/**
 * A trust manager that verifies as its delegate does, then fails every certificate of the
 * peer's chain that one of the given revocation lists revokes (Bun's {@code crl}). A list
 * counts only when it is signed by a certificate of the chain or by a trusted issuer.
 */
final class RevocationCheckingTrustManager extends X509ExtendedTrustManager {

	private final X509ExtendedTrustManager delegate;

	private final List<X509CRL> crls;

	private RevocationCheckingTrustManager(X509ExtendedTrustManager delegate, List<X509CRL> crls) {
		this.delegate = delegate;
		this.crls = crls;
	}

	/**
	 * Wraps the X.509 trust manager of {@code trustManagers} (the JDK's default trust
	 * when {@code null}).
	 */
	static X509ExtendedTrustManager of(@Nullable TrustManagerFactory trustManagers, List<X509CRL> crls) {
		return new RevocationCheckingTrustManager(X509TrustManagers.of(trustManagers, "Revocation lists"), crls);
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		this.delegate.checkClientTrusted(chain, authType);
		checkRevocation(chain);
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
			throws CertificateException {
		this.delegate.checkClientTrusted(chain, authType, socket);
		checkRevocation(chain);
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
			throws CertificateException {
		this.delegate.checkClientTrusted(chain, authType, engine);
		checkRevocation(chain);
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		this.delegate.checkServerTrusted(chain, authType);
		checkRevocation(chain);
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
			throws CertificateException {
		this.delegate.checkServerTrusted(chain, authType, socket);
		checkRevocation(chain);
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
			throws CertificateException {
		this.delegate.checkServerTrusted(chain, authType, engine);
		checkRevocation(chain);
	}

	@Override
	public X509Certificate[] getAcceptedIssuers() {
		return this.delegate.getAcceptedIssuers();
	}

	private void checkRevocation(X509Certificate[] chain) throws CertificateException {
		List<X509Certificate> issuers = new ArrayList<>(List.of(chain));
		issuers.addAll(List.of(this.delegate.getAcceptedIssuers()));
		for (X509Certificate certificate : chain) {
			for (X509CRL crl : this.crls) {
				if (crl.getIssuerX500Principal().equals(certificate.getIssuerX500Principal())
						&& crl.isRevoked(certificate) && isSignedByAnyOf(crl, issuers)) {
					throw new CertificateException("Certificate " + certificate.getSubjectX500Principal() + " (serial "
							+ certificate.getSerialNumber().toString(16) + ") is revoked by the CRL of "
							+ crl.getIssuerX500Principal());
				}
			}
		}
	}

	private static boolean isSignedByAnyOf(X509CRL crl, List<X509Certificate> issuers) {
		for (X509Certificate issuer : issuers) {
			if (issuer.getSubjectX500Principal().equals(crl.getIssuerX500Principal())) {
				try {
					crl.verify(issuer.getPublicKey());
					return true;
				}
				catch (GeneralSecurityException ex) {
					// Not this issuer's signature: try the next one of that name.
				}
			}
		}
		return false;
	}

}
