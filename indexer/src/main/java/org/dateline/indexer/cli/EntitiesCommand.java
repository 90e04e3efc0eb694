package org.dateline.indexer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dateline.indexer.article.ArticleSources;
import org.dateline.indexer.article.InvalidInputException;
import org.dateline.indexer.article.TextFiles;
import org.dateline.indexer.entity.Entity;
import org.dateline.indexer.entity.EntityExtractor;
import org.dateline.indexer.entity.EntityNormalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline entities}: prints the named entities found in text, one JSON object a line. */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = {
      // the first line is the summary 'dateline --help' lists; each other one is wrapped alone
      "Print the named entities in text files (or standard input), as JSON Lines.",
      "One JSON object per entity:",
      "  {\"type\": \"PERSON|ORGANIZATION|LOCATION|MISC\", \"text\": ..., \"canonical\": ...,",
      "   \"start\": N, \"end\": N}",
      "Offsets are in characters (UTF-16 code units) into the input, end exclusive; 'canonical'"
          + " is the value facets and filters use (null for a name the index leaves out).",
      "Exit codes: 0 ok, 1 failed, 2 bad usage, 3 some files could not be read."
    })
public final class EntitiesCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Write one <file name>.jsonl per input file into DIR instead of printing.")
  Path out;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Text files (UTF-8).")
  List<Path> files = List.of();

  private final InputStream stdin;

  public EntitiesCommand() {
    this(System.in);
  }

  /** For tests: reads standard input from {@code stdin}. */
  public EntitiesCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public Integer call() throws IOException {
    EntityExtractor extractor = Extractors.standard();
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (files.isEmpty()) {
      if (out != null) {
        throw new IllegalArgumentException("--out needs input files; standard input is printed");
      }
      String text;
      try {
        text = TextFiles.decodeUtf8(stdin.readAllBytes());
      } catch (InvalidInputException e) {
        err.println("dateline entities: standard input: " + e.getMessage());
        err.flush();
        return ExitCodes.REJECTED;
      }
      write(
          extractor.extract(text),
          text,
          extractor,
          null,
          stdout,
          JsonOutput.forStandardOutput(JSON));
      stdout.flush();
      return ExitCodes.OK;
    }
    if (out != null) {
      if (Files.exists(out) && !Files.isDirectory(out)) {
        throw new IllegalArgumentException("--out: " + out + " is a file; give a folder");
      }
      checkDistinctOutputs();
      Files.createDirectories(out);
    }
    int failed = 0;
    for (Path file : files) {
      String text;
      try {
        text = TextFiles.readUtf8(file);
      } catch (InvalidInputException e) {
        if (!e.getMessage().equals("file is empty")) {
          err.println("dateline entities: " + file + ": " + e.getMessage());
          failed++;
          continue;
        }
        text = "";
      } catch (IOException e) {
        err.println("dateline entities: " + file + ": " + ArticleSources.describe(e));
        failed++;
        continue;
      }
      List<Entity> entities = extractor.extract(text);
      if (out == null) {
        // several files printed together: each line says which one it is of
        write(
            entities,
            text,
            extractor,
            files.size() > 1 ? file : null,
            stdout,
            JsonOutput.forStandardOutput(JSON));
      } else {
        Path target = out.resolve(outputName(file));
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
          write(entities, text, extractor, null, w, JSON.writer());
        }
      }
    }
    stdout.flush();
    err.flush();
    return failed == 0 ? ExitCodes.OK : ExitCodes.REJECTED;
  }

  /**
   * Refuses, before anything is read or written, input files whose outputs would overwrite each
   * other ({@code a/t.txt} and {@code b/t.txt} both write {@code t.txt.jsonl}).
   */
  private void checkDistinctOutputs() {
    Map<String, Path> byOutput = new LinkedHashMap<>();
    for (Path file : files) {
      String name = outputName(file);
      Path other = byOutput.putIfAbsent(name, file);
      if (other != null && !other.equals(file)) {
        throw new IllegalArgumentException(
            "--out: "
                + other
                + " and "
                + file
                + " would both be written to "
                + name
                + "; give files of distinct names, or run them separately");
      }
    }
  }

  private static String outputName(Path file) {
    return file.getFileName() + ".jsonl";
  }

  /**
   * One line per entity, with the canonical value the index uses for it (facets, filters), made
   * over the whole input as over one article; {@code null} for a name the index leaves out.
   *
   * @param text the text they were found in, which may be written wholly in capitals
   * @param extractor the extractor that found them, whose casing the canonical values use
   * @param file the input file named on every line (several files printed together), or {@code
   *     null}
   */
  private static void write(
      List<Entity> entities,
      String text,
      EntityExtractor extractor,
      Path file,
      Writer w,
      ObjectWriter json)
      throws IOException {
    List<String> canonical =
        EntityNormalizer.canonicalArticle(
                List.of(entities),
                extractor.capsCasing(),
                EntityNormalizer.isWrittenInCapitals(List.of(text)))
            .get(0);
    for (int i = 0; i < entities.size(); i++) {
      Entity e = entities.get(i);
      Map<String, Object> line = new LinkedHashMap<>();
      if (file != null) {
        line.put("file", file.toString());
      }
      line.put("type", e.type().name());
      line.put("text", e.text());
      line.put("canonical", canonical.get(i).isEmpty() ? null : canonical.get(i));
      line.put("start", e.start());
      line.put("end", e.end());
      w.write(json.writeValueAsString(line));
      w.write('\n');
    }
  }
}
