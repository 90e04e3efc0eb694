/**
 * The {@code dateline} command line: a thin layer that maps options to {@link
 * org.dateline.searcher.NewsSearcher} and indexer calls and prints what they return.
 */
package org.dateline.searcher.cli;
