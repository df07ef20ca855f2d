package io.payspec.runtime;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Turns response bodies into text as a reader sees it, and into short text for exception messages. */
final class BodyText {
  /** The most characters of a body quoted in a message. */
  static final int SNIPPET_CHARS = 200;

  private BodyText() {}

  /** The body as UTF-8 text; malformed bytes become U+FFFD. */
  static String decode(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * The body as text in the charset its {@code Content-Type} declares ({@code charset=utf-16le}), or
   * UTF-8 when it declares none or one this JVM does not know; malformed bytes become U+FFFD.
   */
  static String decode(byte[] body, String contentType) {
    return new String(body, charset(contentType));
  }

  /** The declared charset, or UTF-8. */
  static Charset charset(String contentType) {
    if (contentType != null) {
      for (String parameter : contentType.split(";")) {
        String[] pair = parameter.strip().split("=", 2);
        if (pair.length == 2 && pair[0].strip().toLowerCase(Locale.ROOT).equals("charset")) {
          String name = pair[1].strip().replace("\"", "");
          try {
            if (Charset.isSupported(name)) {
              return Charset.forName(name);
            }
          } catch (IllegalArgumentException e) {
            // an illegal charset name reads as UTF-8
          }
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  /** The text on one line, cut to {@link #SNIPPET_CHARS} characters with {@code …}. */
  static String snippet(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder line = new StringBuilder(Math.min(text.length(), SNIPPET_CHARS + 1));
    boolean gap = false;
    for (int i = 0; i < text.length() && line.length() <= SNIPPET_CHARS; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        gap = true;
      } else {
        if (gap && line.length() > 0) {
          line.append(' ');
        }
        gap = false;
        line.append(c);
      }
    }
    if (line.length() <= SNIPPET_CHARS) {
      return line.toString();
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
    return snippet((semicolon >= 0 ? contentType.substring(0, semicolon) : contentType).strip());
  }
}
