package org.dateline.indexer.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

class JsonLinesReaderContractTest extends ArticleReaderContractTest {

  @Override
  ArticleReader reader() {
    return new JsonLinesReader();
  }

  @Override
  Path writeSample(Path dir) throws IOException {
    return Files.writeString(
        dir.resolve("sample.jsonl"),
        """
        {"id":"harbour-2021","date":"2021-03-04","title":"Harbour reopens","source":"Coast Gazette","url":"https://example.org/harbour","paragraphs":["The harbour reopened on Tuesday after a winter of repairs.","  Fishing boats were the first to return.  "]}

        {"id":"rail-2021","date":"2021-03-05","body":"Train drivers voted to end their strike.\\n\\nServices will resume on Monday,\\nthe union said."}
        {"id":"garden-show","title":"Garden show","body":"The garden show drew record crowds."}
        """);
  }

  @Override
  List<Expected> expected() {
    return List.of(
        new Expected("harbour-2021", LocalDate.of(2021, 3, 4), 2),
        new Expected("rail-2021", LocalDate.of(2021, 3, 5), 2),
        new Expected("garden-show", null, 1));
  }

  @Override
  BadSample writeBadSample(Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("bad.jsonl"),
            """
            {"id":"a1","date":"2021-01-01","body":"First."}
            this is not json
            {"title":"No id","body":"Missing its id."}
            {"id":"a4","date":"04/01/2021","body":"A date in another form."}
            {"id":"a5","title":"Nothing else"}
            {"id":"a6","date":"2021-01-06","paragraphs":["Last."]}
            """);
    return new BadSample(file, file, List.of(2, 3, 4, 5), List.of("a1", "a6"));
  }

  @Override
  Path writeEmptyFile(Path dir) throws IOException {
    return Files.createFile(dir.resolve("empty.jsonl"));
  }

  @Override
  boolean rejectsAnEmptyFile() {
    return false;
  }
}
