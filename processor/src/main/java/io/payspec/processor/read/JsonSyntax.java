package io.payspec.processor.read;

/**
 * Checks that a documented example body is well-formed JSON (RFC 8259), so that a mistake in an
 * example is a compile error on the descriptor rather than a failing test. Only the syntax is
 * checked; the processor needs no JSON library for that.
 */
final class JsonSyntax {
  private final String text;
  private int at;

  private JsonSyntax(String text) {
    this.text = text;
  }

  /** Null when {@code text} is one JSON value, else what is wrong and where. */
  static String problem(String text) {
    JsonSyntax parser = new JsonSyntax(text);
    try {
      parser.value();
      parser.space();
      if (parser.at < text.length()) {
        throw parser.fail("unexpected text after the value");
      }
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  private void value() {
    space();
    if (at >= text.length()) {
      throw fail("a value is missing");
    }
    char c = text.charAt(at);
    switch (c) {
      case '{' -> members('}', true);
      case '[' -> members(']', false);
      case '"' -> string();
      case 't' -> word("true");
      case 'f' -> word("false");
      case 'n' -> word("null");
      default -> number();
    }
  }

  private void members(char close, boolean object) {
    at++;
    space();
    if (peek() == close) {
      at++;
      return;
    }
    while (true) {
      if (object) {
        space();
        if (peek() != '"') {
          throw fail("a quoted member name is expected");
        }
        string();
        space();
        expect(':');
      }
      value();
      space();
      if (peek() == ',') {
        at++;
      } else if (peek() == close) {
        at++;
        return;
      } else {
        throw fail("',' or '" + close + "' is expected");
      }
    }
  }

  private void string() {
    at++;
    while (at < text.length()) {
      char c = text.charAt(at++);
      if (c == '"') {
        return;
      }
      if (c == '\\') {
        if (at >= text.length() || "\"\\/bfnrtu".indexOf(text.charAt(at)) < 0) {
          throw fail("a bad escape");
        }
        at += text.charAt(at) == 'u' ? 5 : 1;
      } else if (c < 0x20) {
        throw fail("a control character in a string");
      }
    }
    throw fail("an unterminated string");
  }

  private void number() {
    int start = at;
    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    if (!text.substring(start, at).matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")) {
      at = start;
      throw fail("an invalid value");
    }
  }

  private void word(String word) {
    if (!text.startsWith(word, at)) {
      throw fail("an invalid value");
    }
    at += word.length();
  }

  private void expect(char c) {
    if (peek() != c) {
      throw fail("'" + c + "' is expected");
    }
    at++;
  }

  private char peek() {
    return at < text.length() ? text.charAt(at) : '\0';
  }

  private void space() {
    while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
  }

  private IllegalArgumentException fail(String what) {
    return new IllegalArgumentException(what + " at character " + (at + 1));
  }
}
