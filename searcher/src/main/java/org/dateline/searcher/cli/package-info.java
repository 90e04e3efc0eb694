/**
 * The {@code dateline} command line: picocli commands that map flags to library calls and turn
 * errors into one line on stderr and an exit code (0 ok, 1 failed, 2 bad usage or bad input).
 * Commands write to the writers of their {@code CommandLine}, so tests capture output without
 * touching {@code System.out}.
 */
package org.dateline.searcher.cli;
