/**
 * The settings of listeners, clients and UDP sockets, the endpoints built from them, and
 * the start-up exceptions.
 */
@NullMarked
package io.sockwork.boot.config;

import org.jspecify.annotations.NullMarked;
