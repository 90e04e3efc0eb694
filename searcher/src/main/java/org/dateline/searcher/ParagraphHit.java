package org.dateline.searcher;

/**
 * A paragraph of a hit.
 *
 * @param number its number in the article, from 1
 * @param text the paragraph as indexed
 * @param highlighted the same text with matched words wrapped in {@code <em>...</em>}; of a
 *     paragraph longer than {@link
 *     org.dateline.searcher.highlight.ParagraphHighlighter#MAX_HIGHLIGHT_CHARS} characters, its
 *     start marked (never half a character), then {@code " ..."}
 */
public record ParagraphHit(int number, String text, String highlighted) {}
