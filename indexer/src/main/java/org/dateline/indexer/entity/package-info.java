/**
 * Named-entity extraction: finding people, organizations and places in article text. Nothing here
 * knows about Lucene.
 */
package org.dateline.indexer.entity;
