/** Ranking beyond a single BM25 pass: pseudo-relevance feedback (RM3). */
package org.dateline.searcher.ranking;
