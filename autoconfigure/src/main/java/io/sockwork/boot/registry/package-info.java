/**
 * The lifecycle of the running listeners, UDP sockets and clients.
 */
@NullMarked
package io.sockwork.boot.registry;

import org.jspecify.annotations.NullMarked;
