package io.sockwork.boot.autoconfigure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.net.ssl.SSLContext;

import io.netty.pkitesting.CertificateBuilder;
import io.netty.pkitesting.X509Bundle;
import org.jspecify.annotations.Nullable;

/**
 * Certificates generated for a test (a throw-away CA and the leaves it issues), written
 * as the files SSL bundles read, and the JDK client contexts that trust them.
 */
final class TestCertificates {

	static final X509Bundle AUTHORITY = build(base("CN=Sockwork Test CA").setIsCertificateAuthority(true), null);

	private TestCertificates() {
	}

	/**
	 * A server certificate for {@code localhost} and {@code 127.0.0.1}, issued by
	 * {@link #AUTHORITY}.
	 */
	static X509Bundle server(String name) {
		return build(base("CN=" + name).addSanDnsName("localhost")
			.addSanIpAddress("127.0.0.1")
			.addExtendedKeyUsageServerAuth(), AUTHORITY);
	}

	/**
	 * A client certificate issued by {@link #AUTHORITY}.
	 */
	static X509Bundle client(String name) {
		return build(base("CN=" + name).addExtendedKeyUsageClientAuth(), AUTHORITY);
	}

	/**
	 * Writes the certificate chain and key of {@code bundle} as {@code cert.pem} and
	 * {@code key.pem}, and the authority as {@code ca.pem}, into {@code directory}, and
	 * returns the properties of a PEM SSL bundle that reads them, trusting the authority.
	 */
	static String[] pemBundle(String name, Path directory, X509Bundle bundle) {
		writePem(directory, bundle);
		String prefix = "spring.ssl.bundle.pem." + name + ".";
		return new String[] { prefix + "keystore.certificate=" + directory.resolve("cert.pem").toUri(),
				prefix + "keystore.private-key=" + directory.resolve("key.pem").toUri(),
				prefix + "truststore.certificate=" + directory.resolve("ca.pem").toUri() };
	}

	/**
	 * (Re)writes {@code cert.pem}, {@code key.pem} and {@code ca.pem}, each file replaced
	 * at once.
	 */
	static void writePem(Path directory, X509Bundle bundle) {
		write(directory.resolve("cert.pem"), bundle.getCertificatePathPEM());
		write(directory.resolve("key.pem"), bundle.getPrivateKeyPEM());
		write(directory.resolve("ca.pem"), bundle.getRootCertificatePEM());
	}

	static void write(Path file, String text) {
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
	 * Writes {@code bundle} as a JKS key store protected by {@code password}.
	 */
	static Path keyStore(Path file, X509Bundle bundle, String password) {
		try (OutputStream out = Files.newOutputStream(file)) {
			bundle.toKeyStore("JKS", password.toCharArray()).store(out, password.toCharArray());
			return file;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not write a test key store", ex);
		}
	}

	/**
	 * A JDK client context that trusts {@link #AUTHORITY}, and presents
	 * {@code clientCertificate} if given. A new context per connection: a resumed session
	 * would not show a rotated server certificate.
	 */
	static SSLContext clientContext(@Nullable X509Bundle clientCertificate) {
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
