package org.dateline.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetAsideIndexTest {

  private static final List<String> OLD = List.of("segments_1", "_0.cfe", "_0.cfs", "_0.si");

  @TempDir Path folder;

  private void writeOldIndex() throws IOException {
    for (String f : OLD) {
      Files.writeString(folder.resolve(f), "old " + f);
    }
  }

  private Map<String, String> indexFilesIn(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path p : list.toList()) {
        if (Files.isRegularFile(p) && LuceneFiles.isIndexFile(p.getFileName().toString())) {
          files.put(p.getFileName().toString(), Files.readString(p));
        }
      }
    }
    return files;
  }

  private Map<String, String> oldIndex() {
    Map<String, String> files = new TreeMap<>();
    OLD.forEach(f -> files.put(f, "old " + f));
    return files;
  }

  @Test
  void aMoveAsideCutShortAfterTheCommitIsUndoneWithoutLosingTheFilesNotYetMoved()
      throws IOException {
    writeOldIndex();
    // what a kill after the first move leaves: the list written, only the commit moved
    Path aside = Files.createDirectory(folder.resolve("unreadable-index-1"));
    Files.write(aside.resolve(SetAsideIndex.MANIFEST), OLD, StandardCharsets.UTF_8);
    Files.move(folder.resolve("segments_1"), aside.resolve("segments_1"));
    assertEquals(List.of(aside), SetAsideIndex.leftIn(folder));
    SetAsideIndex.moveBack(aside, folder);
    assertEquals(oldIndex(), indexFilesIn(folder));
    assertFalse(Files.exists(aside));
  }

  @Test
  void aMoveBackCutShortIsCompletedAndTheNewIndexsFilesGo() throws IOException {
    writeOldIndex();
    Path aside = SetAsideIndex.moveAside(folder);
    assertEquals(Map.of(), indexFilesIn(folder));
    // the new index wrote files, one of them by an old one's name
    Files.writeString(folder.resolve("_0.si"), "new");
    Files.writeString(folder.resolve("_1.cfs"), "new");
    // a move back cut short: one old file back already
    Files.delete(folder.resolve("_0.si"));
    Files.move(aside.resolve("_0.si"), folder.resolve("_0.si"));
    SetAsideIndex.moveBack(aside, folder);
    assertEquals(oldIndex(), indexFilesIn(folder));
    assertFalse(Files.exists(aside));
  }

  @Test
  void aFolderItDidNotMakeIsNeitherTakenForASetAsideIndexNorDeleted() throws IOException {
    Path notes = Files.createDirectories(folder.resolve("unreadable-index-notes/sub"));
    Files.writeString(notes.resolve("my.txt"), "important");
    assertEquals(List.of(), SetAsideIndex.leftIn(folder));
    writeOldIndex();
    Path aside = SetAsideIndex.moveAside(folder);
    Files.writeString(aside.resolve("mine.txt"), "put here by a user");
    SetAsideIndex.delete(aside);
    assertTrue(Files.exists(aside.resolve("mine.txt")));
    assertEquals(Map.of(), indexFilesIn(aside));
    assertTrue(Files.exists(notes.resolve("my.txt")));
  }
}
