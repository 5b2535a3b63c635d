/**
 * Bun's low-level socket API ({@code listen}, {@code connect}, {@code udpSocket}) on one
 * shared Netty engine.
 */
@NullMarked
package io.sockwork.core;

import org.jspecify.annotations.NullMarked;
