package io.sockwork.core;

/**
 * An echo server for {@link FileDescriptorLimitTests}, run in its own JVM under a low
 * {@code ulimit -n}.
 */
final class LimitedEchoServer {

	private LimitedEchoServer() {
	}

	public static void main(String[] args) throws InterruptedException {
		SocketEngine engine = new SocketEngine(EngineOptions.defaults().withThreads(1));
		TcpServer<Void> server = engine.listen(TcpListenOptions.port(0).withHost("127.0.0.1").withBacklog(1024),
				new EchoHandler());
		System.out.println("PORT " + server.port());
		System.out.flush();
		Thread.currentThread().join();
	}

}
