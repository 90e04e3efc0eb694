/** Facet counting per article: entity values and date buckets, with multi-select drill-sideways. */
package org.dateline.searcher.facet;
