package io.sockwork.sample;

import org.jspecify.annotations.Nullable;

/**
 * The per-socket state of a chat member ({@code socket.data}): the nickname, once sent.
 */
final class ChatSession {

	private volatile @Nullable String nickname;

	@Nullable String nickname() {
		return this.nickname;
	}

	void nickname(String nickname) {
		this.nickname = nickname;
	}

}
