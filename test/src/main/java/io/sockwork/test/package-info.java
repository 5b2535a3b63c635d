/**
 * Testing socket handlers: {@link io.sockwork.test.LocalSocketPort} injects the port a
 * listener or UDP socket bound, and {@link io.sockwork.test.TcpTestClient} and
 * {@link io.sockwork.test.UdpTestClient} talk to it.
 */
@NullMarked
package io.sockwork.test;

import org.jspecify.annotations.NullMarked;
