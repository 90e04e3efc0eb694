package org.dateline.indexer.entity;

import java.util.Arrays;

/**
 * A map from long keys to non-negative ints, by open addressing in one array (a key and its value
 * share a cache line); at most half full, it doubles when needed. Not thread-safe while being
 * filled; safe to read from many threads once filled and published.
 */
final class LongIntTable {

  private long[] slots;
  private int shift;
  private int size;

  /** A table for about {@code expected} keys. */
  LongIntTable(int expected) {
    allocate(32 - Integer.numberOfLeadingZeros(Math.max(8, expected * 2) - 1));
  }

  private void allocate(int bits) {
    slots = new long[2 << bits];
    Arrays.fill(slots, -1);
    shift = 64 - bits;
  }

  /** Adds {@code key} with {@code value} (>= 0) unless present; returns whether it was added. */
  boolean putIfAbsent(long key, int value) {
    int mask = (slots.length >> 1) - 1;
    for (int s = slot(key); ; s = (s + 1) & mask) {
      if (slots[2 * s + 1] < 0) {
        slots[2 * s] = key;
        slots[2 * s + 1] = value;
        if (++size > slots.length / 4) {
          grow();
        }
        return true;
      }
      if (slots[2 * s] == key) {
        return false;
      }
    }
  }

  /** The value of {@code key}, or -1. */
  int get(long key) {
    int mask = (slots.length >> 1) - 1;
    for (int s = slot(key); ; s = (s + 1) & mask) {
      long value = slots[2 * s + 1];
      if (value < 0) {
        return -1;
      }
      if (slots[2 * s] == key) {
        return (int) value;
      }
    }
  }

  private void grow() {
    long[] old = slots;
    allocate(65 - shift);
    size = 0;
    for (int s = 0; s < old.length; s += 2) {
      if (old[s + 1] >= 0) {
        putIfAbsent(old[s], (int) old[s + 1]);
      }
    }
  }

  /** The keys, in slot order (the same for the same keys put in the same order). */
  long[] keys() {
    long[] keys = new long[size];
    int i = 0;
    for (int s = 0; s < slots.length; s += 2) {
      if (slots[s + 1] >= 0) {
        keys[i++] = slots[s];
      }
    }
    return keys;
  }

  /** The values, in the order of {@link #keys}. */
  int[] values() {
    int[] values = new int[size];
    int i = 0;
    for (int s = 0; s < slots.length; s += 2) {
      if (slots[s + 1] >= 0) {
        values[i++] = (int) slots[s + 1];
      }
    }
    return values;
  }

  int size() {
    return size;
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
  }
}
