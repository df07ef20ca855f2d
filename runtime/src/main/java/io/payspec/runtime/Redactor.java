package io.payspec.runtime;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Masks a client's credentials in text that goes into exceptions: messages, bodies a server echoed,
 * messages of causes. Each credential is searched as given and as JSON writers escape it (plain or
 * ASCII-only with either hex case, slashes escaped or not, as PHP does), since a body may carry it in
 * any of these forms.
 */
final class Redactor {
  static final String MASK = "****";

  private final List<String> forms;

  Redactor(Iterable<Secret> secrets) {
    Set<String> found = new LinkedHashSet<>();
    for (Secret secret : secrets) {
      String value = secret.reveal();
      found.add(value);
      for (String escaped : List.of(new String(JsonStringEncoder.getInstance().quoteAsString(value)),
          asciiEscaped(value, "\\u%04x"), asciiEscaped(value, "\\u%04X"))) {
        found.add(escaped);
        found.add(escaped.replace("/", "\\/"));
      }
    }
    found.removeIf(String::isEmpty);
    this.forms = found.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  /** The text with every credential replaced by {@value #MASK}; null stays null. */
  String redact(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String form : forms) {
      out = out.replace(form, MASK);
    }
    return out;
  }

  /** Whether the text holds a credential. */
  boolean exposes(String text) {
    if (text == null) {
      return false;
    }
    for (String form : forms) {
      if (text.contains(form)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The throwable itself when no message in its cause chain holds a credential; otherwise a stand-in
   * chain with masked messages and the original stack traces.
   */
  Throwable safeCause(Throwable cause) {
    if (cause == null || !chainExposes(cause)) {
      return cause;
    }
    RedactedCause copy = new RedactedCause(
        cause.getClass().getName() + ": " + redact(cause.getMessage()), safeCause(cause.getCause()));
    copy.setStackTrace(cause.getStackTrace());
    return copy;
  }

  private boolean chainExposes(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (exposes(t.getMessage())) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static String asciiEscaped(String value, String escape) {
    StringBuilder out = new StringBuilder();
    for (char c : new String(JsonStringEncoder.getInstance().quoteAsString(value)).toCharArray()) {
      if (c < 0x80) {
        out.append(c);
      } else {
        out.append(String.format(escape, (int) c));
      }
    }
    return out.toString();
  }

  /** Stands in for an exception whose message held a credential. */
  static final class RedactedCause extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RedactedCause(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
