package io.sockwork.boot.ssl;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.cert.X509Certificate;
import java.util.Collections;

import javax.net.ssl.KeyManager;
import javax.net.ssl.X509KeyManager;

import org.jspecify.annotations.Nullable;

/**
 * Checks that every private key of a key store belongs to its certificate, by signing
 * with the key and verifying with the certificate. The JDK's TLS accepts a mismatched
 * pair and fails each handshake; this fails start-up.
 */
final class PrivateKeyCheck {

	private static final byte[] PROBE = "sockwork private key check".getBytes(StandardCharsets.UTF_8);

	private PrivateKeyCheck() {
	}

	static void assertKeysMatchCertificates(@Nullable KeyStore keyStore, KeyManager[] keyManagers) {
		if (keyStore == null) {
			return;
		}
		for (KeyManager keyManager : keyManagers) {
			if (keyManager instanceof X509KeyManager x509) {
				assertKeysMatchCertificates(keyStore, x509);
			}
		}
	}

	private static void assertKeysMatchCertificates(KeyStore keyStore, X509KeyManager keyManager) {
		try {
			for (String alias : Collections.list(keyStore.aliases())) {
				PrivateKey key = keyManager.getPrivateKey(alias);
				X509Certificate[] chain = keyManager.getCertificateChain(alias);
				if (key != null && chain != null && chain.length > 0 && !matches(key, chain[0].getPublicKey())) {
					throw new IllegalStateException("The private key of '" + alias + "' does not match its certificate "
							+ chain[0].getSubjectX500Principal().getName());
				}
			}
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Could not check the private keys: " + ex.getMessage(), ex);
		}
	}

	private static boolean matches(PrivateKey key, PublicKey publicKey) throws GeneralSecurityException {
		String algorithm = signatureAlgorithm(key.getAlgorithm());
		if (algorithm == null) {
			// A key type this check does not know: the handshake will tell.
			return true;
		}
		Signature signer = Signature.getInstance(algorithm);
		signer.initSign(key);
		signer.update(PROBE);
		byte[] signature = signer.sign();
		Signature verifier = Signature.getInstance(algorithm);
		try {
			verifier.initVerify(publicKey);
			verifier.update(PROBE);
			return verifier.verify(signature);
		}
		catch (InvalidKeyException | SignatureException ex) {
			// A certificate of another key type.
			return false;
		}
	}

	private static @Nullable String signatureAlgorithm(String keyAlgorithm) {
		return switch (keyAlgorithm) {
			case "RSA" -> "SHA256withRSA";
			case "EC" -> "SHA256withECDSA";
			case "DSA" -> "SHA256withDSA";
			case "Ed25519", "Ed448", "EdDSA" -> keyAlgorithm;
			default -> null;
		};
	}

}
