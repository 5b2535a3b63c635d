/**
 * Micrometer meters of Sockwork's listeners, UDP sockets and engine.
 */
@NullMarked
package io.sockwork.boot.metrics;

import org.jspecify.annotations.NullMarked;
