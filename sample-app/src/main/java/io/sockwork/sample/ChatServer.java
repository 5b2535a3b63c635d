package io.sockwork.sample;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.sockwork.boot.annotation.OnClose;
import io.sockwork.boot.annotation.OnOpen;
import io.sockwork.boot.annotation.TcpListener;
import io.sockwork.core.TcpSocket;
import org.springframework.stereotype.Component;

/**
 * A line-based chat room. The first line a member sends is their nickname
 * ({@code /nick name} changes it); every other line goes to the other members as
 * {@code nick: text}.
 */
@Component
class ChatServer {

	private final Set<TcpSocket<ChatSession>> members = ConcurrentHashMap.newKeySet();

	@OnOpen("chat")
	String open(TcpSocket<ChatSession> socket) {
		socket.data(new ChatSession());
		return "Welcome! Send your nickname.\n";
	}

	@TcpListener(name = "chat")
	void data(TcpSocket<ChatSession> socket, byte[] chunk) {
		ChatSession session = session(socket);
		for (String line : session.lines(chunk)) {
			handle(socket, session, line);
		}
	}

	private void handle(TcpSocket<ChatSession> socket, ChatSession session, String line) {
		String previous = session.nickname();
		if (previous == null || line.startsWith("/nick ")) {
			String nickname = (previous == null) ? line.trim() : line.substring("/nick ".length()).trim();
			if (nickname.isEmpty()) {
				socket.write("A nickname must not be empty.\n");
				return;
			}
			session.nickname(nickname);
			if (previous == null) {
				this.members.add(socket);
				socket.write("Hello " + nickname + ", " + this.members.size() + " member(s) here.\n");
				broadcast(socket, "* " + nickname + " joined\n");
			}
			else {
				broadcast(socket, "* " + previous + " is now " + nickname + "\n");
			}
			return;
		}
		broadcast(socket, session.nickname() + ": " + line + "\n");
	}

	@OnClose("chat")
	void close(TcpSocket<ChatSession> socket) {
		if (this.members.remove(socket)) {
			broadcast(socket, "* " + session(socket).nickname() + " left\n");
		}
	}

	private static ChatSession session(TcpSocket<ChatSession> socket) {
		return Objects.requireNonNull(socket.data(), "open gives every socket a session");
	}

	private void broadcast(TcpSocket<ChatSession> sender, String message) {
		for (TcpSocket<ChatSession> member : this.members) {
			if (member != sender) {
				member.write(message);
			}
		}
	}

}
