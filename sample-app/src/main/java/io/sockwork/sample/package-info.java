/**
 * A sample application: a TCP echo server, a line-based chat room, a UDP echo and a
 * multicast telemetry counter, written with the Sockwork starter.
 */
@NullMarked
package io.sockwork.sample;

import org.jspecify.annotations.NullMarked;
