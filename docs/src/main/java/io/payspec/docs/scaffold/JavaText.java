package io.payspec.docs.scaffold;

/** Java literals for text from pages. */
final class JavaText {
  private JavaText() {}

  /** A string literal with quotes. */
  static String literal(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** A text block holding the lines, indented by {@code indent}; the closing delimiter ends the last line. */
  static String textBlock(String text, String indent) {
    StringBuilder out = new StringBuilder("\"\"\"\n");
    for (String line : text.strip().split("\n", -1)) {
      String escaped = line.replace("\\", "\\\\").replace("\"\"\"", "\\\"\"\"");
      out.append(indent).append(escaped.stripTrailing()).append('\n');
    }
    return out.append(indent).append("\"\"\"").toString();
  }

  /** Text safe in a {@code //} comment and on one line. */
  static String comment(String text) {
    return text.replace('\n', ' ').replace('\r', ' ').replace("\\u", "\\ u").strip();
  }

  /** Text safe in a Javadoc comment. */
  static String javadoc(String text) {
    return text.replace("*/", "*&#47;").replace("@", "&#64;").replace("\\u", "\\ u").strip();
  }
}
