/**
 * Failure analyzers that explain why Sockwork listeners could not start.
 */
@NullMarked
package io.sockwork.boot.diagnostics;

import org.jspecify.annotations.NullMarked;
