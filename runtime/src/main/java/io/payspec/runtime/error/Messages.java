package io.payspec.runtime.error;

/**
 * Keeps exception messages on one line and bounded: logs and alerting read them line by line, and a
 * server must not be able to make a message megabytes long.
 */
final class Messages {
  /** The most characters of an exception message. */
  static final int MAX_CHARS = 2000;

  private Messages() {}

  /**
   * Replaces every run of whitespace and control characters with one space and cuts the result to
   * {@link #MAX_CHARS} characters with {@code …}; null stays null.
   */
  static String oneLine(String message) {
    if (message == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(Math.min(message.length(), MAX_CHARS + 1));
    boolean gap = false;
    for (int i = 0; i < message.length() && out.length() <= MAX_CHARS; i++) {
      char c = message.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        gap = true;
      } else {
        if (gap && out.length() > 0) {
          out.append(' ');
        }
        gap = false;
        out.append(c);
      }
    }
    if (out.length() <= MAX_CHARS) {
      return out.toString();
    }
    int end = Character.isHighSurrogate(out.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
    return out.substring(0, end) + "…";
  }
}
