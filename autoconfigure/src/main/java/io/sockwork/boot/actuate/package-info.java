/**
 * Actuator support: the {@code sockets} endpoint and health indicator.
 */
@NullMarked
package io.sockwork.boot.actuate;

import org.jspecify.annotations.NullMarked;
