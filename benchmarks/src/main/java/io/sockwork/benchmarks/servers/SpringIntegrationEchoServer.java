package io.sockwork.benchmarks.servers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.ip.dsl.Tcp;
import org.springframework.integration.ip.dsl.Udp;
import org.springframework.integration.ip.tcp.serializer.ByteArrayLengthHeaderSerializer;

/**
 * The Spring peer: a Spring Integration IP echo on 127.0.0.1, as its reference
 * documentation shows it. TCP is an inbound gateway on the default (blocking,
 * thread-per-connection) connection factory, with no reverse DNS look-up TCP_NODELAY and
 * a backlog of 4096 rather than 5, framed by a 4-byte length header, which the load
 * generator writes at the start of every message, so that the echoed stream is the sent
 * stream byte for byte. The NIO factory was tried and rejected: with several messages in
 * flight its worker pool sends replies out of order (the generator saw the echoed stream
 * differ) and it stalled at 64 connections x 16 in flight. UDP is an inbound adapter
 * whose outbound adapter replies to the sender from the same socket. Run with
 * {@code --tcp-port=N --udp-port=N}.
 */
@SpringBootApplication(proxyBeanMethods = false)
public class SpringIntegrationEchoServer {

	/** The largest message accepted: the generator's 16 KiB messages and more. */
	private static final int MAX_MESSAGE_SIZE = 64 * 1024;

	/**
	 * Starts the application.
	 * @param args {@code --tcp-port=N --udp-port=N}
	 */
	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(SpringIntegrationEchoServer.class);
		application.setBannerMode(org.springframework.boot.Banner.Mode.OFF);
		application.run(args);
	}

	@Bean
	IntegrationFlow tcpEcho(@Value("${tcp-port}") int port) {
		ByteArrayLengthHeaderSerializer serializer = new ByteArrayLengthHeaderSerializer();
		serializer.setMaxMessageSize(MAX_MESSAGE_SIZE);
		return IntegrationFlow.from(Tcp.inboundGateway(Tcp.netServer(port)
			.localAddress("127.0.0.1")
			.serializer(serializer)
			.deserializer(serializer)
			.backlog(4096)
			.soTcpNoDelay(true)
			.lookupHost(false))).handle((payload, headers) -> payload).get();
	}

	@Bean
	IntegrationFlow udpEcho(@Value("${udp-port}") int port) {
		return IntegrationFlow.from(Udp.inboundAdapter(port).localAddress("127.0.0.1").lookupHost(false).id("udpIn"))
			.handle(Udp.outboundAdapter("headers['ip_packetAddress']").socketExpression("@udpIn.socket"))
			.get();
	}

}
