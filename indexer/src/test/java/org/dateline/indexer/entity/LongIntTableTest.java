package org.dateline.indexer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongIntTableTest {

  @Test
  void holdsWhatAHashMapHoldsWhileGrowing() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    LongIntTable table = new LongIntTable(4);
    Map<Long, Integer> expected = new HashMap<>();
    for (int i = 0; i < 20_000; i++) {
      long key = random.nextInt(3) == 0 ? random.nextLong() : random.nextInt(30_000);
      int value = random.nextInt(Integer.MAX_VALUE);
      boolean added = expected.putIfAbsent(key, value) == null;
      assertEquals(added, table.putIfAbsent(key, value), "seed " + seed);
    }
    assertEquals(expected.size(), table.size(), "seed " + seed);
    for (Map.Entry<Long, Integer> e : expected.entrySet()) {
      assertEquals(e.getValue(), table.get(e.getKey()), "seed " + seed);
    }
    for (int i = 0; i < 1000; i++) {
      long key = random.nextLong();
      assertEquals(expected.getOrDefault(key, -1), table.get(key), "seed " + seed);
    }
  }
}
