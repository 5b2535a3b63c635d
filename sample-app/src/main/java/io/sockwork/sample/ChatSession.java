package io.sockwork.sample;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The per-socket state of a chat member ({@code socket.data}): the nickname and the bytes
 * of a line not yet complete. Lines are cut on bytes, so a character split across chunks
 * is decoded whole.
 */
final class ChatSession {

	private final ByteArrayOutputStream partialLine = new ByteArrayOutputStream();

	private @Nullable String nickname;

	@Nullable String nickname() {
		return this.nickname;
	}

	void nickname(String nickname) {
		this.nickname = nickname;
	}

	/**
	 * Adds a chunk and returns the lines it completes, without their line ends.
	 */
	List<String> lines(byte[] chunk) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < chunk.length; i++) {
			if (chunk[i] == '\n') {
				this.partialLine.write(chunk, start, i - start);
				lines.add(stripCarriageReturn(this.partialLine.toString(StandardCharsets.UTF_8)));
				this.partialLine.reset();
				start = i + 1;
			}
		}
		this.partialLine.write(chunk, start, chunk.length - start);
		return lines;
	}

	private static String stripCarriageReturn(String line) {
		return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
	}

}
