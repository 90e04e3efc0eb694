package org.dateline.indexer.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dateline.indexer.entity.train.ConllReader;

/** The tiny CoNLL sample the model tests train on ({@code tiny-sample.conll}, written here). */
final class TinySample {

  private TinySample() {}

  /** Its labelled documents. */
  static List<LabeledDocument> documents() throws IOException {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                TinySample.class.getResourceAsStream("tiny-sample.conll"),
                StandardCharsets.UTF_8))) {
      return ConllReader.read(in, "tiny-sample.conll");
    }
  }
}
