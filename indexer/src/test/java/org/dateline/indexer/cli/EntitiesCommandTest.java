package org.dateline.indexer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EntitiesCommandTest {

  @TempDir Path tmp;

  private record Result(int code, String out, String err) {}

  private static Result run(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl =
        new CommandLine(
            new EntitiesCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))));
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return new Result(cl.execute(args), out.toString(), err.toString());
  }

  private static Result run(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new EntitiesCommand(new ByteArrayInputStream(stdin)));
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return new Result(cl.execute(args), out.toString(), err.toString());
  }

  @Test
  void readsStandardInputAsItReadsFilesWithoutTheByteOrderMarkAndStrictly() throws Exception {
    Result bom = run(("\uFEFF" + "Paris is big.").getBytes(StandardCharsets.UTF_8));
    assertEquals(0, bom.code(), bom.err());
    assertEquals(0, lines(bom.out()).get(0).get("start").asInt(), "offsets after the mark");
    Result latin1 = run(new byte[] {'c', 'a', 'f', (byte) 0xe9, ' ', 'P', 'a', 'r', 'i', 's'});
    assertEquals(ExitCodes.REJECTED, latin1.code());
    assertTrue(latin1.err().startsWith("dateline entities: standard input: not valid UTF-8 text"));
    assertEquals("", latin1.out());
  }

  private static List<JsonNode> lines(String jsonl) throws Exception {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : jsonl.split("\n")) {
      if (!line.isBlank()) {
        nodes.add(new ObjectMapper().readTree(line));
      }
    }
    return nodes;
  }

  @Test
  void printsOneJsonObjectPerEntityWithOffsetsIntoStandardInput() throws Exception {
    String text = "Iraqi Foreign Minister Abdulkarim Hashim Mustafa met David Hale in Baghdad.";
    Result r = run(text);
    assertEquals(0, r.code(), r.err());
    List<JsonNode> entities = lines(r.out());
    assertTrue(entities.size() >= 3, r.out());
    for (JsonNode e : entities) {
      String surface = e.get("text").asText();
      assertEquals(surface, text.substring(e.get("start").asInt(), e.get("end").asInt()));
      assertTrue(e.get("type").asText().matches("PERSON|ORGANIZATION|LOCATION|MISC"));
    }
    assertTrue(r.out().contains("{\"type\":\"PERSON\",\"text\":\"David Hale\""), r.out());
    assertTrue(r.out().contains("{\"type\":\"LOCATION\",\"text\":\"Baghdad\""), r.out());
  }

  @Test
  void givesEachEntityTheCanonicalValueTheIndexUses() throws Exception {
    Result r = run("Mr. David Hale met reporters in Washington. Hale's visit to the U.S. ended.");
    assertEquals(0, r.code(), r.err());
    Map<String, String> canonical = new HashMap<>();
    for (JsonNode e : lines(r.out())) {
      canonical.put(e.get("text").asText(), e.get("canonical").asText());
    }
    assertEquals("David Hale", canonical.get("Hale"), r.out());
    assertEquals("United States", canonical.get("U.S."), r.out());
  }

  @Test
  void writesOneJsonlFilePerInputWithOut() throws Exception {
    Path a = Files.writeString(tmp.resolve("a.txt"), "David Hale visited Baghdad.");
    Path b = Files.writeString(tmp.resolve("b.txt"), "No names here at all.");
    Path out = tmp.resolve("out");
    Result r = run("", "--out", out.toString(), a.toString(), b.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.readString(out.resolve("a.txt.jsonl")).contains("\"David Hale\""));
    assertEquals("", Files.readString(out.resolve("b.txt.jsonl")));
  }

  @Test
  void namesTheFileOnEachLineWhenSeveralArePrintedTogether() throws Exception {
    Path a = Files.writeString(tmp.resolve("a.txt"), "David Hale visited Baghdad.");
    Path b = Files.writeString(tmp.resolve("b.txt"), "Talks in Geneva ended.");
    List<JsonNode> several = lines(run("", a.toString(), b.toString()).out());
    assertEquals(a.toString(), several.get(0).get("file").asText());
    assertEquals(b.toString(), several.get(several.size() - 1).get("file").asText());
    // one file: the lines of standard input's format
    assertFalse(lines(run("", a.toString()).out()).get(0).has("file"));
    assertFalse(lines(Files.readString(writeOut(a))).get(0).has("file"));
  }

  private Path writeOut(Path input) {
    Path out = tmp.resolve("out-one");
    assertEquals(0, run("", "--out", out.toString(), input.toString()).code());
    return out.resolve(input.getFileName() + ".jsonl");
  }

  @Test
  void refusesTwoInputsThatWouldWriteOneOutputBeforeWritingAny() throws Exception {
    Path a =
        Files.writeString(Files.createDirectories(tmp.resolve("a")).resolve("t.txt"), "Paris.");
    Path b = Files.writeString(Files.createDirectories(tmp.resolve("b")).resolve("t.txt"), "Rome.");
    Path out = tmp.resolve("out");
    Result r = run("", "--out", out.toString(), a.toString(), b.toString());
    assertTrue(r.code() != 0, r.err());
    assertTrue(r.err().contains("would both be written to t.txt.jsonl"), r.err());
    assertFalse(Files.exists(out.resolve("t.txt.jsonl")));
  }

  @Test
  void reportsUnreadableFilesAndExitsThree() throws Exception {
    Path good = Files.writeString(tmp.resolve("good.txt"), "David Hale.");
    Path binary = Files.write(tmp.resolve("bin.txt"), new byte[] {1, 0, 2});
    Result r = run("", good.toString(), binary.toString(), tmp.resolve("missing.txt").toString());
    assertEquals(3, r.code());
    assertTrue(r.err().contains("bin.txt: binary file"), r.err());
    assertTrue(r.err().contains("missing.txt: no such file"), r.err());
    assertTrue(r.out().contains("David Hale"), r.out());
  }

  @Test
  void printsNothingForEmptyInput() {
    Result r = run("");
    assertEquals(0, r.code());
    assertEquals("", r.out());
  }
}
