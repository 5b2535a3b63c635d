/**
 * Auto-configuration and configuration properties of Sockwork.
 */
@NullMarked
package io.sockwork.boot.autoconfigure;

import org.jspecify.annotations.NullMarked;
