/**
 * TLS options of the engine made from Spring Boot SSL bundles.
 */
@NullMarked
package io.sockwork.boot.ssl;

import org.jspecify.annotations.NullMarked;
