/**
 * JMH micro-benchmarks of the per-event dispatch path.
 */
package io.sockwork.benchmarks.jmh;
