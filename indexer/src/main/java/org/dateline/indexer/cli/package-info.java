/**
 * The indexer's commands ({@code index}, {@code delete}, {@code entities}): they map options to
 * library calls and print results, nothing more.
 */
package org.dateline.indexer.cli;
