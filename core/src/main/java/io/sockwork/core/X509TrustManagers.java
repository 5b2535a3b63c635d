package io.sockwork.core;

import java.security.GeneralSecurityException;
import java.security.KeyStore;

import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

import org.jspecify.annotations.Nullable;

/**
 * Finds the X.509 trust manager of a {@link TrustManagerFactory}, or of the JDK's default
 * trust store, for the trust managers that wrap it.
 */
final class X509TrustManagers {

	private X509TrustManagers() {
	}

	/**
	 * The X.509 trust manager of {@code trustManagers}, or of the JDK's default trust
	 * store when {@code null}.
	 * @param purpose what needs it, for the message when there is none
	 * @throws IllegalArgumentException if there is none, or the default trust store
	 * cannot be loaded
	 */
	static X509ExtendedTrustManager of(@Nullable TrustManagerFactory trustManagers, String purpose) {
		try {
			TrustManagerFactory factory = trustManagers;
			if (factory == null) {
				factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
				factory.init((KeyStore) null);
			}
			for (TrustManager candidate : factory.getTrustManagers()) {
				if (candidate instanceof X509ExtendedTrustManager x509) {
					return x509;
				}
			}
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("Could not load the default trust store", ex);
		}
		throw new IllegalArgumentException(purpose + " need an X.509 trust manager to check against");
	}

}
