package io.sockwork.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The forms in which a payload can leak into a log or an exception message: raw, hex in
 * both cases (Netty's {@code hexDump}, {@code HexFormat}) and Base64.
 */
public final class PayloadForms {

	private PayloadForms() {
	}

	/**
	 * The payload as text, as lower- and upper-case hex, and as Base64 (without its last,
	 * padded group, so that it also matches inside a longer encoding).
	 * @param payload the payload
	 * @return its four forms
	 */
	public static List<String> of(String payload) {
		byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
		String hex = HexFormat.of().formatHex(bytes);
		String base64 = Base64.getEncoder().encodeToString(bytes);
		return List.of(payload, hex, hex.toUpperCase(), base64.substring(0, base64.length() - 4));
	}

}
