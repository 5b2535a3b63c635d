/**
 * The load generator: TCP echo with messages in flight, UDP echo with loss counted, and
 * idle connections, each verifying what comes back.
 */
package io.sockwork.benchmarks.load;
