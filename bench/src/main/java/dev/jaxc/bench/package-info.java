/** JMH benchmarks; results and the commands that produced them are in bench/README.md. */
package dev.jaxc.bench;
