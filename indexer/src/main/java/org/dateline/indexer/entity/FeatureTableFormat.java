package org.dateline.indexer.entity;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The binary form of a {@link FeatureTable} ({@code features.bin} in a model): read with bulk array
 * reads, without parsing feature names or building OpenNLP objects.
 */
final class FeatureTableFormat {

  private static final int MAGIC = 0x444c4e46; // "DLNF"
  private static final int VERSION = 2;

  private FeatureTableFormat() {}

  static void write(FeatureTable table, DataOutputStream out) throws IOException {
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    String[] outcomeNames = table.outcomeNames();
    out.writeInt(outcomeNames.length);
    for (String o : outcomeNames) {
      out.writeUTF(o);
    }
    out.writeFloat(table.scale());
    out.writeInt(table.templateCount());
    for (int t = 0; t < table.templateCount(); t++) {
      out.writeUTF(table.templateName(t));
      out.writeByte(table.arity(t));
    }
    out.writeInt(table.atomCount());
    byte[][] utf8 = new byte[table.atomCount()][];
    int total = 0;
    for (int a = 0; a < utf8.length; a++) {
      utf8[a] = table.atomName(a).getBytes(StandardCharsets.UTF_8);
      total += utf8[a].length;
    }
    out.writeInt(total);
    for (byte[] b : utf8) {
      out.write(b);
    }
    for (byte[] b : utf8) {
      out.writeInt(b.length);
    }
    float[] weights = table.weights();
    out.writeInt(weights.length);
    // whole numbers that fit (a perceptron's, scaled) as 16-bit integers: half the bytes to inflate
    boolean shorts = fitShorts(weights);
    out.writeBoolean(shorts);
    for (float w : weights) {
      if (shorts) {
        out.writeShort((short) w);
      } else {
        out.writeFloat(w);
      }
    }
    for (int t = 0; t < table.templateCount(); t++) {
      LongIntTable rows = table.features(t);
      // sorted, so that the bytes do not depend on the table's history (its growth)
      long[] keys = rows.keys();
      Arrays.sort(keys);
      out.writeInt(keys.length);
      for (long key : keys) {
        out.writeLong(key);
      }
      for (long key : keys) {
        out.writeInt(rows.get(key));
      }
    }
  }

  /** Reads a table written by {@link #write}. */
  static FeatureTable read(byte[] bytes) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    if (in.readInt() != MAGIC || in.readInt() != VERSION) {
      throw new IOException("not a Dateline feature table (version " + VERSION + ")");
    }
    String[] outcomeNames = new String[in.readInt()];
    for (int k = 0; k < outcomeNames.length; k++) {
      outcomeNames[k] = in.readUTF();
    }
    float scale = in.readFloat();
    String[] templateNames = new String[in.readInt()];
    int[] arities = new int[templateNames.length];
    for (int t = 0; t < templateNames.length; t++) {
      templateNames[t] = in.readUTF();
      arities[t] = in.readByte();
    }
    int atomCount = in.readInt();
    byte[] utf8 = readBytes(in, in.readInt());
    int[] lengths = ints(readBytes(in, 4 * atomCount));
    float[] weights = new float[in.readInt()];
    if (in.readBoolean()) {
      short[] shorts = new short[weights.length];
      ByteBuffer.wrap(readBytes(in, 2 * shorts.length)).asShortBuffer().get(shorts);
      for (int i = 0; i < shorts.length; i++) {
        weights[i] = shorts[i];
      }
    } else {
      ByteBuffer.wrap(readBytes(in, 4 * weights.length)).asFloatBuffer().get(weights);
    }
    List<String> parts = new ArrayList<>(atomCount);
    int offset = 0;
    for (int a = 0; a < atomCount; a++) {
      parts.add(new String(utf8, offset, lengths[a], StandardCharsets.UTF_8));
      offset += lengths[a];
    }
    LongIntTable[] rows = new LongIntTable[templateNames.length];
    for (int t = 0; t < templateNames.length; t++) {
      int size = in.readInt();
      long[] keys = new long[size];
      ByteBuffer.wrap(readBytes(in, 8 * size)).asLongBuffer().get(keys);
      int[] values = ints(readBytes(in, 4 * size));
      rows[t] = new LongIntTable(size);
      for (int i = 0; i < size; i++) {
        rows[t].putIfAbsent(keys[i], values[i]);
      }
    }
    return new FeatureTable(outcomeNames, scale, templateNames, arities, weights, parts, rows);
  }

  private static boolean fitShorts(float[] weights) {
    for (float w : weights) {
      if (w != (short) w) {
        return false;
      }
    }
    return true;
  }

  private static byte[] readBytes(DataInputStream in, int length) throws IOException {
    byte[] b = new byte[length];
    in.readFully(b);
    return b;
  }

  private static int[] ints(byte[] bytes) {
    int[] ints = new int[bytes.length / 4];
    ByteBuffer.wrap(bytes).asIntBuffer().get(ints);
    return ints;
  }
}
