/**
 * Relevance evaluation: reads TREC qrels, runs and topics, scores runs exactly as {@code trec_eval
 * -c} (version 10.0) does, compares two runs with a paired significance test, and lets an
 * application's tests assert the relevance of its ranking over a {@link
 * org.dateline.searcher.eval.JudgmentList}.
 *
 * <p>Nothing here knows about Lucene or the index: the system under test is a {@link
 * org.dateline.searcher.eval.Ranker} (query text in, ranked article ids with scores out).
 *
 * <pre>{@code
 * Evaluation e = new Evaluator(Qrels.read(qrelsFile))
 *     .evaluate(Run.read(runFile), Metric.parseList("map,P_10,ndcg_cut_10"));
 * e.toTrecEvalLines(false).forEach(System.out::println);
 *
 * RelevanceAssertions.forRanker(ranker)
 *     .assertThat(JudgmentList.read(Path.of("politics.json")))
 *     .ndcgAtLeast(10, 0.6)
 *     .assertInTop("q1", "000_04c7bd04d78f40db", 3);
 * }</pre>
 */
package org.dateline.searcher.eval;
