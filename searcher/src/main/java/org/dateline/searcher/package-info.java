/**
 * Searching a Dateline index from Java: {@link org.dateline.searcher.NewsSearcher} runs {@link
 * org.dateline.searcher.SearchRequest}s and returns articles.
 *
 * <pre>{@code
 * try (NewsSearcher searcher = NewsSearcher.open(Path.of("index-data"))) {
 *   SearchRequest request =
 *       SearchRequest.builder("troops Iraq")
 *           .from(LocalDate.of(2020, 6, 1))
 *           .entity(EntityType.LOCATION, "Mosul")
 *           .facets(true)
 *           .build();
 *   for (ArticleHit hit : searcher.search(request).hits()) {
 *     System.out.println(hit.id() + " " + hit.paragraphs().get(0).highlighted());
 *   }
 * }
 * }</pre>
 */
package org.dateline.searcher;
