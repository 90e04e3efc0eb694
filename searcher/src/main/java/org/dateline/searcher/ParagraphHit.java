package org.dateline.searcher;

/**
 * A paragraph of a hit.
 *
 * @param number its number in the article, from 1
 * @param text the paragraph as indexed
 * @param highlighted the same text with matched words wrapped in {@code <em>...</em>}
 */
public record ParagraphHit(int number, String text, String highlighted) {}
