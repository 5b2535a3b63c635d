package io.sockwork.boot.discovery;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CRL;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the certificate revocation list files of {@code tls.crl} (Bun's {@code crl}): PEM
 * or DER, one or more lists a file.
 */
final class CrlFiles {

	private CrlFiles() {
	}

	/**
	 * The lists in {@code files}.
	 * @throws IllegalArgumentException if a file cannot be read or holds no valid list
	 */
	static List<X509CRL> read(List<Path> files) {
		List<X509CRL> crls = new ArrayList<>();
		for (Path file : files) {
			try (InputStream in = Files.newInputStream(file)) {
				for (CRL crl : CertificateFactory.getInstance("X.509").generateCRLs(in)) {
					crls.add((X509CRL) crl);
				}
			}
			catch (IOException | GeneralSecurityException ex) {
				throw new IllegalArgumentException(
						"Could not read the certificate revocation list " + file + ": " + ex.getMessage(), ex);
			}
		}
		return crls;
	}

}
