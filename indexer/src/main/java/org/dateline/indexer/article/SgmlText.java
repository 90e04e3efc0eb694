package org.dateline.indexer.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Lenient helpers for SGML text such as Reuters-21578: finding elements by plain string search (no
 * DOM, no regular expressions, linear time; element and attribute names in any case, as SGML has
 * them) and decoding character entities.
 */
final class SgmlText {

  private SgmlText() {}

  /**
   * The offset just after the start tag {@code <name>} or {@code <name attr...>} at or after {@code
   * from}, or -1 when there is none.
   */
  static int contentStart(String sgml, String name, int from) {
    int start = tagStart(sgml, name, from);
    int end = start < 0 ? -1 : sgml.indexOf('>', start);
    return end < 0 ? -1 : end + 1;
  }

  /**
   * The start tag {@code <name>} or {@code <name attr...>} at or after {@code from}, with its
   * brackets, or {@code null} when there is none.
   */
  static String startTag(String sgml, String name, int from) {
    int start = tagStart(sgml, name, from);
    int end = start < 0 ? -1 : sgml.indexOf('>', start);
    return end < 0 ? null : sgml.substring(start, end + 1);
  }

  private static int tagStart(String sgml, String name, int from) {
    String open = "<" + name;
    for (int i = indexOf(sgml, open, from); i >= 0; i = indexOf(sgml, open, i + 1)) {
      int after = i + open.length();
      if (after < sgml.length()
          && (sgml.charAt(after) == '>' || Character.isWhitespace(sgml.charAt(after)))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Where {@code markup} (starting with {@code <}) is at or after {@code from}, in any case: SGML's
   * names are not case-sensitive ({@code <body>} is {@code <BODY>}); -1 when it is not there.
   */
  static int indexOf(String sgml, String markup, int from) {
    for (int i = sgml.indexOf('<', Math.max(from, 0)); i >= 0; i = sgml.indexOf('<', i + 1)) {
      if (sgml.regionMatches(true, i, markup, 0, markup.length())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The raw content of the first element {@code name} at or after {@code from}, or {@code null}
   * when it is missing or not closed.
   */
  static String element(String sgml, String name, int from) {
    int start = contentStart(sgml, name, from);
    if (start < 0) {
      return null;
    }
    int end = indexOf(sgml, "</" + name + ">", start);
    return end < 0 ? null : sgml.substring(start, end);
  }

  /** The decoded contents of every {@code <D>} inside the element {@code name}; maybe empty. */
  static List<String> values(String sgml, String name) {
    String list = element(sgml, name, 0);
    List<String> values = new ArrayList<>();
    if (list == null) {
      return values;
    }
    for (int i = indexOf(list, "<D>", 0); i >= 0; i = indexOf(list, "<D>", i + 3)) {
      int end = indexOf(list, "</D>", i + 3);
      if (end < 0) {
        break;
      }
      String value = decode(list.substring(i + 3, end)).strip();
      if (!value.isEmpty()) {
        values.add(value);
      }
    }
    return values;
  }

  /**
   * The value of attribute {@code name} in a start tag, or {@code null}: quoted in double quotes
   * ({@code NEWID="1"}) or single ones ({@code NEWID='1'}), or unquoted up to white space or the
   * tag's end ({@code NEWID=1}), as SGML allows; the name in any case, with white space around the
   * {@code =} allowed.
   */
  static String attribute(String tag, String name) {
    int n = tag.length();
    for (int i = 0; i < n; i++) {
      if (!Character.isWhitespace(tag.charAt(i))
          || !tag.regionMatches(true, i + 1, name, 0, name.length())) {
        continue;
      }
      int at = skipSpaces(tag, i + 1 + name.length());
      if (at >= n || tag.charAt(at) != '=') {
        continue; // another attribute whose name starts with this one
      }
      int start = skipSpaces(tag, at + 1);
      if (start >= n) {
        return null;
      }
      char quote = tag.charAt(start);
      if (quote == '"' || quote == '\'') {
        int end = tag.indexOf(quote, start + 1);
        return end < 0 ? null : tag.substring(start + 1, end);
      }
      int end = start;
      while (end < n && !Character.isWhitespace(tag.charAt(end)) && tag.charAt(end) != '>') {
        end++;
      }
      return end == start ? null : tag.substring(start, end);
    }
    return null;
  }

  private static int skipSpaces(String s, int from) {
    while (from < s.length() && Character.isWhitespace(s.charAt(from))) {
      from++;
    }
    return from;
  }

  /**
   * Decodes {@code &lt; &gt; &amp; &quot; &apos;} and numeric entities; control characters, whether
   * written as entities (Reuters' {@code &#3;}) or raw, are dropped, except line breaks and tabs.
   * Unknown entities are left as written.
   */
  static String decode(String s) {
    int n = s.length();
    StringBuilder out = null;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean special = c == '&' || (c < ' ' && c != '\n' && c != '\t') || c == 0x7F;
      if (!special) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n).append(s, 0, i);
      }
      if (c != '&') {
        continue;
      }
      int semi = s.indexOf(';', i + 1);
      int code = semi > i && semi - i <= 10 ? entity(s.substring(i + 1, semi)) : -1;
      if (code < 0) {
        out.append(c);
        continue;
      }
      if (!isControl(code)) {
        out.appendCodePoint(code);
      }
      i = semi;
    }
    return out == null ? s : out.toString();
  }

  private static boolean isControl(int code) {
    return (code < ' ' && code != '\n' && code != '\t') || (code >= 0x7F && code < 0xA0);
  }

  /** The code point an entity name stands for, or -1 when it is not one we know. */
  private static int entity(String name) {
    switch (name) {
      case "lt":
        return '<';
      case "gt":
        return '>';
      case "amp":
        return '&';
      case "quot":
        return '"';
      case "apos":
        return '\'';
      default:
        break;
    }
    if (name.length() < 2 || name.charAt(0) != '#') {
      return -1;
    }
    boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
    String digits = name.substring(hex ? 2 : 1);
    try {
      int code = Integer.parseInt(digits, hex ? 16 : 10);
      boolean surrogate = code >= Character.MIN_SURROGATE && code <= Character.MAX_SURROGATE;
      return Character.isValidCodePoint(code) && !surrogate ? code : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
