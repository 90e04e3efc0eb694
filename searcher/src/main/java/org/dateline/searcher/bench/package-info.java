/**
 * Benchmarks of Dateline against plain Lucene on the same machine in the same run: indexing
 * throughput, heap and index size ({@code dateline bench index}), query latency and throughput
 * ({@code dateline bench query}) and the command line's start-up time ({@code dateline bench
 * coldstart}). The figures are written up in {@code BENCHMARKS.md}.
 */
package org.dateline.searcher.bench;
