/**
 * Command-line commands of the indexer module. They map flags to library calls and turn errors into
 * one line on stderr and an exit code (0 ok, 1 failed, 2 bad usage).
 */
package org.dateline.indexer.cli;
