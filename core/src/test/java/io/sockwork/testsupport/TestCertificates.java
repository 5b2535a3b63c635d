package io.sockwork.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import io.netty.pkitesting.CertificateBuilder;
import io.netty.pkitesting.X509Bundle;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jspecify.annotations.Nullable;

/**
 * Certificates generated for a test: throw-away authorities and the leaves they issue,
 * written as the files SSL bundles read, and JDK client contexts that trust them. Shared
 * with the other modules' tests through core's test-jar.
 */
public final class TestCertificates {

	/**
	 * The authority of {@link #server(String)} and {@link #client(String)}.
	 */
	public static final X509Bundle AUTHORITY = authority("Sockwork Test CA");

	private TestCertificates() {
	}

	/**
	 * A new self-signed certificate authority.
	 * @param name the common name
	 * @return the authority
	 */
	public static X509Bundle authority(String name) {
		return build(base("CN=" + name).setIsCertificateAuthority(true), null);
	}

	/**
	 * A server certificate for {@code localhost}, {@code sockwork.test} and
	 * {@code 127.0.0.1}, issued by {@link #AUTHORITY}.
	 * @param name the common name
	 * @return the certificate and its key
	 */
	public static X509Bundle server(String name) {
		return server(AUTHORITY, name);
	}

	/**
	 * A server certificate for {@code localhost}, {@code sockwork.test} and
	 * {@code 127.0.0.1}.
	 * @param authority the issuer
	 * @param name the common name
	 * @return the certificate and its key
	 */
	public static X509Bundle server(X509Bundle authority, String name) {
		return build(base("CN=" + name).addSanDnsName("localhost")
			.addSanDnsName("sockwork.test")
			.addSanIpAddress("127.0.0.1")
			.addExtendedKeyUsageServerAuth(), authority);
	}

	/**
	 * A client certificate issued by {@link #AUTHORITY}.
	 * @param name the common name
	 * @return the certificate and its key
	 */
	public static X509Bundle client(String name) {
		return client(AUTHORITY, name);
	}

	/**
	 * A client certificate.
	 * @param authority the issuer
	 * @param name the common name
	 * @return the certificate and its key
	 */
	public static X509Bundle client(X509Bundle authority, String name) {
		return build(base("CN=" + name).addExtendedKeyUsageClientAuth(), authority);
	}

	/**
	 * Writes the certificate chain and key of {@code bundle} as {@code cert.pem} and
	 * {@code key.pem}, and its root as {@code ca.pem}, into {@code directory}, and
	 * returns the properties of a Spring Boot PEM SSL bundle that reads them, trusting
	 * the root.
	 * @param name the bundle's name
	 * @param directory where the files go
	 * @param bundle the certificate and its key
	 * @return the properties, as {@code key=value}
	 */
	public static String[] pemBundle(String name, Path directory, X509Bundle bundle) {
		writePem(directory, bundle);
		String prefix = "spring.ssl.bundle.pem." + name + ".";
		return new String[] { prefix + "keystore.certificate=" + directory.resolve("cert.pem").toUri(),
				prefix + "keystore.private-key=" + directory.resolve("key.pem").toUri(),
				prefix + "truststore.certificate=" + directory.resolve("ca.pem").toUri() };
	}

	/**
	 * (Re)writes {@code cert.pem}, {@code key.pem} and {@code ca.pem}, each file replaced
	 * at once.
	 * @param directory where the files go
	 * @param bundle the certificate and its key
	 */
	public static void writePem(Path directory, X509Bundle bundle) {
		write(directory.resolve("cert.pem"), bundle.getCertificatePathPEM());
		write(directory.resolve("key.pem"), bundle.getPrivateKeyPEM());
		write(directory.resolve("ca.pem"), bundle.getRootCertificatePEM());
	}

	/**
	 * Replaces a file's content at once, so that a watcher never reads half of it.
	 * @param file the file
	 * @param text its new content, ASCII
	 */
	public static void write(Path file, String text) {
		try {
			Path temporary = Files.createTempFile(file.getParent(), "writing", ".tmp");
			Files.writeString(temporary, text, StandardCharsets.US_ASCII);
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Writes {@code bundle} as a JKS key store.
	 * @param file the key store file
	 * @param bundle the certificate and its key
	 * @param password the store's password
	 * @return the file
	 */
	public static Path keyStore(Path file, X509Bundle bundle, String password) {
		try (OutputStream out = Files.newOutputStream(file)) {
			bundle.toKeyStore("JKS", password.toCharArray()).store(out, password.toCharArray());
			return file;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not write a test key store", ex);
		}
	}

	/**
	 * The key and certificate chain of {@code bundle}, for a server's TLS options.
	 * @param bundle the certificate and its key
	 * @return the key managers
	 */
	public static KeyManagerFactory keyManagers(X509Bundle bundle) {
		try {
			return bundle.toKeyManagerFactory();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A JDK client context that trusts {@link #AUTHORITY}, and presents
	 * {@code clientCertificate} if given. Use a new context per connection: a resumed
	 * session would not show a rotated server certificate.
	 * @param clientCertificate the client's certificate, or {@code null} for none
	 * @return the context
	 */
	public static SSLContext clientContext(@Nullable X509Bundle clientCertificate) {
		try {
			SSLContext context = SSLContext.getInstance("TLS");
			context.init((clientCertificate != null) ? clientCertificate.toKeyManagerFactory().getKeyManagers() : null,
					AUTHORITY.toTrustManagerFactory().getTrustManagers(), null);
			return context;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not create a TLS client context", ex);
		}
	}

	/**
	 * A certificate revocation list signed by {@code authority}, revoking
	 * {@code revoked}.
	 * @param authority the issuer of the list and of the revoked certificates
	 * @param revoked the certificates it revokes
	 * @return the list
	 */
	public static X509CRL crl(X509Bundle authority, X509Bundle... revoked) {
		try {
			Instant now = Instant.now();
			X509v2CRLBuilder builder = new X509v2CRLBuilder(
					X500Name.getInstance(authority.getCertificate().getSubjectX500Principal().getEncoded()),
					Date.from(now.minus(1, ChronoUnit.HOURS)));
			builder.setNextUpdate(Date.from(now.plus(1, ChronoUnit.DAYS)));
			for (X509Bundle certificate : revoked) {
				builder.addCRLEntry(certificate.getCertificate().getSerialNumber(),
						Date.from(now.minus(1, ChronoUnit.MINUTES)), CRLReason.keyCompromise);
			}
			ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA")
				.build(authority.getKeyPair().getPrivate());
			return new JcaX509CRLConverter().getCRL(builder.build(signer));
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not generate a test CRL", ex);
		}
	}

	/**
	 * A revocation list as PEM text, as a {@code crl} file holds it.
	 * @param crl the list
	 * @return the PEM text
	 */
	public static String pem(X509CRL crl) {
		try {
			return "-----BEGIN X509 CRL-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
				.encodeToString(crl.getEncoded()) + "\n-----END X509 CRL-----\n";
		}
		catch (CRLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static CertificateBuilder base(String subject) {
		Instant now = Instant.now();
		return new CertificateBuilder().subject(subject)
			.notBefore(now.minus(1, ChronoUnit.HOURS))
			.notAfter(now.plus(1, ChronoUnit.DAYS))
			.ecp256();
	}

	private static X509Bundle build(CertificateBuilder builder, @Nullable X509Bundle issuer) {
		try {
			return (issuer != null) ? builder.buildIssuedBy(issuer) : builder.buildSelfSigned();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not generate a test certificate", ex);
		}
	}

}
