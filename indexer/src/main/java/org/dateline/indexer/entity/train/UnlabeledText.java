package org.dateline.indexer.entity.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dateline.indexer.entity.LabeledDocument;
import org.dateline.indexer.entity.NewsTokenizer;
import org.dateline.indexer.entity.SentenceSplitter;
import org.dateline.indexer.entity.Token;

/**
 * Unlabeled news text for word clusters, tokenized and split into sentences as the extractor does.
 * Reads Reuters-21578 SGML files ({@code *.sgm}: the {@code <TITLE>} and {@code <BODY>} of each
 * story), CoNLL files ({@code *.txt} whose lines look like CoNLL: the tokens, without labels) and
 * plain-text articles (any other file; paragraphs separated by blank lines, as in the BBC corpus).
 * A directory is read recursively, in sorted order.
 */
public final class UnlabeledText {

  private static final Pattern SGML_TEXT =
      Pattern.compile("<(TITLE|BODY)>(.*?)</\\1>", Pattern.DOTALL);

  private UnlabeledText() {}

  /** The sentences of every file under {@code paths}. */
  public static List<String[]> read(List<Path> paths) throws IOException {
    List<String[]> sentences = new ArrayList<>();
    for (Path p : paths) {
      List<Path> files;
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          files = s.filter(Files::isRegularFile).sorted().toList();
        }
      } else {
        files = List.of(p);
      }
      for (Path f : files) {
        readFile(f, sentences);
      }
    }
    return sentences;
  }

  private static void readFile(Path f, List<String[]> out) throws IOException {
    String name = f.getFileName().toString();
    if (name.endsWith(".sgm")) {
      String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
      Matcher m = SGML_TEXT.matcher(text);
      while (m.find()) {
        String body =
            m.group(2)
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&#3;", "")
                .replace("&amp;", "&");
        // Reuters bodies wrap lines; paragraphs start with an indented line
        for (String para : body.split("\n\\s+(?=\\S)|\n\\s*\n")) {
          sentences(para.replace('\n', ' '), out);
        }
      }
    } else if (isConll(f)) {
      for (LabeledDocument d : ConllReader.read(f)) {
        out.addAll(d.sentences());
      }
    } else if (name.endsWith(".txt")
        && !name.equalsIgnoreCase("README.TXT")
        && !name.equals("SOURCE.txt")) {
      String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
      for (String para : text.split("\n\\s*\n")) {
        sentences(para, out);
      }
    }
  }

  private static boolean isConll(Path f) throws IOException {
    try (Stream<String> lines = Files.lines(f, StandardCharsets.ISO_8859_1)) {
      return lines.limit(1).anyMatch(l -> l.startsWith("-DOCSTART-"));
    }
  }

  private static void sentences(String paragraph, List<String[]> out) {
    List<Token> tokens = NewsTokenizer.tokenize(paragraph);
    for (int[] r : SentenceSplitter.split(paragraph, tokens)) {
      if (r[1] > r[0]) {
        out.add(tokens.subList(r[0], r[1]).stream().map(Token::text).toArray(String[]::new));
      }
    }
  }
}
