/**
 * Echo servers measured side by side: a stand-in for the Sockwork sample app, raw Netty
 * and Spring Integration IP.
 */
package io.sockwork.benchmarks.servers;
