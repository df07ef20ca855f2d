package io.payspec.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Masks a client's credentials in text that goes into exceptions: messages, bodies a server echoed,
 * messages of causes. It works on what a reader sees, not on bytes: text is searched as written and
 * again with its JSON escapes decoded ({@code \u0063\u0070...}, {@code \/}, any mix of escaped and
 * plain characters), and each occurrence is masked where it stands in the text. Callers decode a
 * body with its declared charset first ({@link BodyText#decode}), and mask before they cut anything
 * to length.
 */
final class Redactor {
  static final String MASK = "****";

  private final List<String> secrets;

  Redactor(Iterable<Secret> secrets) {
    Set<String> found = new LinkedHashSet<>();
    for (Secret secret : secrets) {
      found.add(secret.reveal());
    }
    found.removeIf(String::isEmpty);
    this.secrets = found.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  /** The text with every credential, in every decoded form, replaced by {@value #MASK}; null stays null. */
  String redact(String text) {
    if (text == null || secrets.isEmpty()) {
      return text;
    }
    String out = text;
    for (String secret : secrets) {
      out = out.replace(secret, MASK);
    }
    return out.indexOf('\\') < 0 ? out : maskEscaped(out);
  }

  /** Whether the text holds a credential in any decoded form. */
  boolean exposes(String text) {
    return text != null && !text.equals(redact(text));
  }

  /**
   * The throwable itself when no message in its cause chain holds a credential (a transport's
   * {@code IOException}); otherwise {@link #detached}.
   */
  Throwable safeCause(Throwable cause) {
    for (Throwable t = cause; t != null && t.getCause() != t; t = t.getCause()) {
      if (exposes(t.getMessage())) {
        return detached(cause);
      }
    }
    return cause;
  }

  /**
   * A stand-in for the cause chain: each link keeps its class name (in the message), its masked
   * message and its stack trace, and nothing else, so that no field of an exception from reading a
   * server's body ({@code DateTimeParseException.getParsedString()}) can carry a credential.
   */
  Throwable detached(Throwable cause) {
    return detached(cause, 0);
  }

  private Throwable detached(Throwable cause, int depth) {
    if (cause == null || depth > 8) {
      return null;
    }
    if (cause instanceof RedactedCause) {
      return cause;
    }
    Throwable next = cause.getCause() == cause ? null : cause.getCause();
    RedactedCause copy = new RedactedCause(
        cause.getClass().getName() + (cause.getMessage() == null ? "" : ": " + BodyText.snippet(redact(cause.getMessage()))),
        detached(next, depth + 1));
    copy.setStackTrace(cause.getStackTrace());
    return copy;
  }

  /** Decodes JSON escapes, finds each credential in the decoded text, masks the source range. */
  private String maskEscaped(String text) {
    StringBuilder decoded = new StringBuilder(text.length());
    int[] start = new int[text.length() + 1];
    int i = 0;
    while (i < text.length()) {
      int at = i;
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char e = text.charAt(i + 1);
        if (e == 'u' && isHex(text, i + 2)) {
          c = (char) Integer.parseInt(text, i + 2, i + 6, 16);
          i += 6;
        } else if ("\"\\/bfnrt".indexOf(e) >= 0) {
          c = switch (e) {
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            default -> e;
          };
          i += 2;
        } else {
          i++;
        }
      } else {
        i++;
      }
      start[decoded.length()] = at;
      decoded.append(c);
    }
    start[decoded.length()] = text.length();
    String plain = decoded.toString();
    List<int[]> ranges = new ArrayList<>();
    for (String secret : secrets) {
      for (int from = plain.indexOf(secret); from >= 0; from = plain.indexOf(secret, from + 1)) {
        ranges.add(new int[] {start[from], start[from + secret.length()]});
      }
    }
    if (ranges.isEmpty()) {
      return text;
    }
    ranges.sort(Comparator.comparingInt(range -> range[0]));
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    for (int[] range : ranges) {
      if (range[1] <= copied) {
        continue;
      }
      if (range[0] >= copied) {
        out.append(text, copied, range[0]).append(MASK);
      }
      copied = range[1];
    }
    return out.append(text, copied, text.length()).toString();
  }

  private static boolean isHex(String text, int from) {
    if (from + 4 > text.length()) {
      return false;
    }
    for (int i = from; i < from + 4; i++) {
      if (Character.digit(text.charAt(i), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Stands in for an exception from reading or sending, without its fields. */
  static final class RedactedCause extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RedactedCause(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
