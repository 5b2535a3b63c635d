package io.sockwork.sample;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import io.sockwork.boot.annotation.FramingType;
import io.sockwork.boot.annotation.OnClose;
import io.sockwork.boot.annotation.OnOpen;
import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.core.TcpServer;
import io.sockwork.core.TcpSocket;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * A line-based chat room. The first line a member sends is their nickname
 * ({@code /nick name} changes it); every other line goes to the other members as
 * {@code nick: text}. The listener cuts lines ({@code lines} framing, at most 4 KB each,
 * so one connection cannot make the server buffer without limit), and the listener's
 * {@link TcpServer#broadcast broadcast} sends each message whole to every member,
 * skipping (and counting) a member that does not read instead of buffering for it.
 */
@Component
class ChatServer {

	@OnOpen("chat")
	String open(TcpSocket<ChatSession> socket) {
		socket.data(new ChatSession());
		return "Welcome! Send your nickname.";
	}

	@TcpListener(name = "chat", framing = FramingType.LINES, maxFrameLength = "4KB")
	@Nullable String data(TcpSocket<ChatSession> socket, String line) {
		ChatSession session = session(socket);
		String previous = session.nickname();
		if (previous != null && !line.startsWith("/nick ")) {
			broadcast(socket, previous + ": " + line);
			return null;
		}
		String nickname = (previous == null) ? line.trim() : line.substring("/nick ".length()).trim();
		if (nickname.isEmpty()) {
			return "A nickname must not be empty.";
		}
		session.nickname(nickname);
		if (previous != null) {
			broadcast(socket, "* " + previous + " is now " + nickname);
			return null;
		}
		broadcast(socket, "* " + nickname + " joined");
		long members = listener(socket).sockets().stream().filter(ChatServer::joined).count();
		return "Hello " + nickname + ", " + members + " member(s) here.";
	}

	@OnClose("chat")
	void close(TcpSocket<ChatSession> socket) {
		String nickname = session(socket).nickname();
		if (nickname != null) {
			broadcast(socket, "* " + nickname + " left");
		}
	}

	private void broadcast(TcpSocket<ChatSession> sender, String message) {
		ByteBuffer bytes = ByteBuffer.wrap(message.getBytes(StandardCharsets.UTF_8));
		listener(sender).broadcast(bytes, (member) -> member != sender && joined(member));
	}

	private static TcpServer<ChatSession> listener(TcpSocket<ChatSession> socket) {
		return Objects.requireNonNull(socket.listener(), "an accepted socket has its listener");
	}

	private static boolean joined(TcpSocket<ChatSession> member) {
		ChatSession session = member.data();
		return session != null && session.nickname() != null;
	}

	private static ChatSession session(TcpSocket<ChatSession> socket) {
		return Objects.requireNonNull(socket.data(), "open gives every socket a session");
	}

}
