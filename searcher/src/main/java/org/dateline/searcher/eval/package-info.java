/**
 * Relevance evaluation: reads TREC qrels, runs and topics, scores runs exactly as {@code trec_eval
 * -c} (version 10.0) does.
 *
 * <pre>{@code
 * Evaluation e = new Evaluator(Qrels.read(qrelsFile))
 *     .evaluate(Run.read(runFile), Metric.parseList("map,P_10,ndcg_cut_10"));
 * e.toTrecEvalLines(false).forEach(System.out::println);
 * }</pre>
 */
package org.dateline.searcher.eval;
