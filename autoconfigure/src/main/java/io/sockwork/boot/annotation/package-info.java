/**
 * Annotations that turn bean methods into the handlers of socket listeners.
 */
@NullMarked
package io.sockwork.boot.annotation;

import org.jspecify.annotations.NullMarked;
