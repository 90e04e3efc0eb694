package org.dateline.indexer.entity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.indexer.entity.train.ConllReader;
import org.dateline.indexer.testing.RequiresShared;
import org.dateline.indexer.testing.SharedCorpora;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The fast tagger against the reference on all of CoNLL++ dev; skipped visibly without it. */
@RequiresShared("corpora/conll2003/conllpp_dev.txt")
@Tag("shared-corpora")
class SharedConllTaggingTest {

  @Test
  void bundledModelTagsConllDevLikeTheReference() throws Exception {
    Path dev = SharedCorpora.require("corpora/conll2003/conllpp_dev.txt");
    List<String[]> sentences = new ArrayList<>();
    for (LabeledDocument d : ConllReader.read(dev)) {
      sentences.addAll(d.sentences());
    }
    CompiledTaggerTest.assertTagsLikeTheReference(
        StatisticalEntityExtractor.loadBundledModel(), sentences);
  }
}
