package org.dateline.indexer.entity;

/**
 * A token of a text.
 *
 * @param text the token as written
 * @param start offset of its first character in the text
 * @param end offset after its last character (exclusive)
 */
public record Token(String text, int start, int end) {}
