/**
 * Training and evaluating the named-entity tagger: readers for annotated corpora (CoNLL-2003, GUM),
 * the trainer and strict span-and-type scoring. Nothing here is needed at run time.
 */
package org.dateline.indexer.entity.train;
