/**
 * Discovery of annotated handler methods on beans and the endpoints built from them.
 */
@NullMarked
package io.sockwork.boot.discovery;

import org.jspecify.annotations.NullMarked;
