package io.payspec.runtime;

import java.nio.charset.StandardCharsets;

/** Turns response bodies into short text for exception messages. */
final class BodyText {
  /** The most characters of a body quoted in a message. */
  static final int SNIPPET_CHARS = 200;

  private BodyText() {}

  /** The body as UTF-8 text; malformed bytes become U+FFFD. */
  static String decode(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The text on one line, cut to {@link #SNIPPET_CHARS} characters with {@code …}. */
  static String snippet(String text) {
    String line = text.strip().replaceAll("[\\s\\p{Cntrl}]+", " ");
    if (line.length() <= SNIPPET_CHARS) {
      return line;
    }
    int end = SNIPPET_CHARS;
    if (Character.isHighSurrogate(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(0, end) + "…";
  }

  /** The media type of a {@code Content-Type} value without parameters, or {@code no content type}. */
  static String mediaType(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return "no content type";
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon >= 0 ? contentType.substring(0, semicolon) : contentType).strip();
  }
}
