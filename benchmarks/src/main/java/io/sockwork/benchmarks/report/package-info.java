/**
 * Turns the load generator's result lines into the tables of {@code BENCHMARKS.md}.
 */
package io.sockwork.benchmarks.report;
