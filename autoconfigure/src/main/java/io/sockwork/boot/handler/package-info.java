/**
 * Invocation: annotated methods turned into the engine's TCP and UDP handlers.
 */
@NullMarked
package io.sockwork.boot.handler;

import org.jspecify.annotations.NullMarked;
