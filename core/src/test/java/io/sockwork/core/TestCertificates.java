package io.sockwork.core;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.netty.pkitesting.CertificateBuilder;
import io.netty.pkitesting.X509Bundle;

/**
 * Certificates generated for a test: a throw-away CA and leaf certificates it issues.
 */
final class TestCertificates {

	private TestCertificates() {
	}

	static X509Bundle authority(String name) {
		return build(base("CN=" + name).setIsCertificateAuthority(true), null);
	}

	/**
	 * A server certificate for {@code localhost}, {@code sockwork.test} and
	 * {@code 127.0.0.1}.
	 */
	static X509Bundle server(X509Bundle authority, String name) {
		return build(base("CN=" + name).addSanDnsName("localhost")
			.addSanDnsName("sockwork.test")
			.addSanIpAddress("127.0.0.1")
			.addExtendedKeyUsageServerAuth(), authority);
	}

	static X509Bundle client(X509Bundle authority, String name) {
		return build(base("CN=" + name).addExtendedKeyUsageClientAuth(), authority);
	}

	private static CertificateBuilder base(String subject) {
		Instant now = Instant.now();
		return new CertificateBuilder().subject(subject)
			.notBefore(now.minus(1, ChronoUnit.HOURS))
			.notAfter(now.plus(1, ChronoUnit.DAYS))
			.ecp256();
	}

	private static X509Bundle build(CertificateBuilder builder, X509Bundle issuer) {
		try {
			return (issuer != null) ? builder.buildIssuedBy(issuer) : builder.buildSelfSigned();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not generate a test certificate", ex);
		}
	}

}
