/**
 * A sample application: a TCP echo server and a line-based chat room, written with the Sockwork starter.
 */
@NullMarked
package io.sockwork.sample;

import org.jspecify.annotations.NullMarked;
