package org.dateline.indexer.cli;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * How the commands write JSON to standard output: in an encoding that cannot carry every character
 * (a locale that is not UTF-8), characters beyond ASCII are written as backslash-u escapes, which
 * any JSON reader reads back, instead of turning into '?'. Files are written in UTF-8, whole.
 */
public final class JsonOutput {

  private static volatile boolean escapeNonAscii;

  private JsonOutput() {}

  /** Set once at start-up from standard output's encoding. */
  public static void escapeNonAscii(boolean escape) {
    escapeNonAscii = escape;
  }

  /** A writer of {@code mapper}'s JSON for standard output. */
  public static ObjectWriter forStandardOutput(ObjectMapper mapper) {
    ObjectWriter writer = mapper.writer();
    return escapeNonAscii ? writer.with(JsonWriteFeature.ESCAPE_NON_ASCII) : writer;
  }
}
