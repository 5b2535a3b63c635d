/**
 * Sockwork's benchmarks: a load generator and the echo servers Sockwork is compared with.
 */
package io.sockwork.benchmarks;
