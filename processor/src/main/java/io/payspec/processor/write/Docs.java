package io.payspec.processor.write;

/** Turns provider descriptions into safe Javadoc text. */
final class Docs {
  private Docs() {}

  /** Escapes HTML and comment terminators; empty text stays empty. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("*/", "*&#47;")
        .replace("@", "&#64;");
  }

  /** The description as a first Javadoc sentence, with a fallback when the provider gave none. */
  static String sentence(String text, String fallback) {
    String escaped = escape(text).strip();
    if (escaped.isEmpty()) {
      escaped = fallback;
    }
    return escaped.endsWith(".") ? escaped : escaped + ".";
  }
}
