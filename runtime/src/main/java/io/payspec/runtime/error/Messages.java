package io.payspec.runtime.error;

/** Keeps exception messages on one line: logs and alerting read them line by line. */
final class Messages {
  private Messages() {}

  /** Replaces every run of whitespace and control characters with one space; null stays null. */
  static String oneLine(String message) {
    if (message == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(message.length());
    boolean gap = false;
    for (int i = 0; i < message.length(); i++) {
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
    return out.toString();
  }
}
