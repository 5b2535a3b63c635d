package io.sockwork.core;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.resolver.InetNameResolver;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Promise;

/**
 * Resolves the host names clients connect to, as the JDK does, with two rules of its own:
 * names under {@code .invalid} fail at once without any lookup (RFC 6761 reserves them
 * never to resolve), and an IPv6-only connection takes IPv6 addresses only. A name that
 * does not resolve fails the connect with an {@link UnknownHostException} (Bun's
 * {@code ENOTFOUND}).
 */
final class HostResolver extends InetNameResolver {

	/** Resolves to every address. */
	static final AddressResolverGroup<InetSocketAddress> ANY = new Group(false);

	/** Resolves to IPv6 addresses only. */
	static final AddressResolverGroup<InetSocketAddress> IPV6_ONLY = new Group(true);

	private final boolean ipv6Only;

	private HostResolver(EventExecutor executor, boolean ipv6Only) {
		super(executor);
		this.ipv6Only = ipv6Only;
	}

	@Override
	protected void doResolve(String host, Promise<InetAddress> promise) {
		try {
			promise.setSuccess(lookUp(host).get(0));
		}
		catch (UnknownHostException ex) {
			promise.setFailure(ex);
		}
	}

	@Override
	protected void doResolveAll(String host, Promise<List<InetAddress>> promise) {
		try {
			promise.setSuccess(lookUp(host));
		}
		catch (UnknownHostException ex) {
			promise.setFailure(ex);
		}
	}

	private List<InetAddress> lookUp(String host) throws UnknownHostException {
		String name = host.toLowerCase(Locale.ROOT);
		if (name.equals("invalid") || name.endsWith(".invalid") || name.endsWith(".invalid.")) {
			throw new UnknownHostException(host + ": names under .invalid never resolve (RFC 6761)");
		}
		List<InetAddress> addresses = new ArrayList<>(List.of(InetAddress.getAllByName(host)));
		if (this.ipv6Only) {
			addresses.removeIf((address) -> !(address instanceof Inet6Address));
			if (addresses.isEmpty()) {
				throw new UnknownHostException(host + " has no IPv6 address, and the connection is IPv6 only");
			}
		}
		return addresses;
	}

	/**
	 * One resolver per event loop.
	 */
	private static final class Group extends AddressResolverGroup<InetSocketAddress> {

		private final boolean ipv6Only;

		Group(boolean ipv6Only) {
			this.ipv6Only = ipv6Only;
		}

		@Override
		protected AddressResolver<InetSocketAddress> newResolver(EventExecutor executor) {
			return new HostResolver(executor, this.ipv6Only).asAddressResolver();
		}

	}

}
