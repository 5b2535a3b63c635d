/**
 * Discovery of annotated handler methods, the handlers built from them, and the registry
 * of running servers.
 */
@NullMarked
package io.sockwork.boot.listener;

import org.jspecify.annotations.NullMarked;
