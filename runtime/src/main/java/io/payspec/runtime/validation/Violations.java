package io.payspec.runtime.validation;

import io.payspec.runtime.WireEnumValue;
import io.payspec.runtime.json.Numbers;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Collects every violation of a request; generated validators call one method per documented rule.
 * A rule on an absent optional field is not checked: only {@link #required} reports absence.
 */
public final class Violations {
  /** The most characters of a value quoted in a violation message. */
  static final int MAX_QUOTED_CHARS = 64;

  private final List<Violation> found = new ArrayList<>();

  /** The field must be set (and a string must not be blank). */
  public Violations required(String path, Object value) {
    if (value == null || (value instanceof CharSequence text && text.toString().isBlank())) {
      add(path, "required", "is required");
    }
    return this;
  }

  /** A string of at most {@code max} characters. */
  public Violations maxLength(String path, String value, int max) {
    if (value != null && value.codePointCount(0, value.length()) > max) {
      add(path, "max_length", "must be at most " + max + " characters, was "
          + value.codePointCount(0, value.length()));
    }
    return this;
  }

  /**
   * A number within bounds; {@code min} and {@code max} may be null for no bound.
   * Integers and longs are compared exactly as decimals.
   */
  public Violations range(String path, Number value, BigDecimal min, boolean minExclusive, BigDecimal max) {
    return range(path, value, min, minExclusive, max, false);
  }

  /**
   * As {@link #range(String, Number, BigDecimal, boolean, BigDecimal)}; a {@code sensitive} value is
   * not repeated in the message.
   */
  public Violations range(String path, Number value, BigDecimal min, boolean minExclusive, BigDecimal max, boolean sensitive) {
    if (value == null) {
      return this;
    }
    if (!Numbers.withinLimits(value)) {
      add(path, "range", Numbers.limitsRule() + (sensitive ? "" : ", was " + Numbers.quote(value)));
      return this;
    }
    BigDecimal v = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    boolean tooSmall = min != null && (minExclusive ? v.compareTo(min) <= 0 : v.compareTo(min) < 0);
    boolean tooLarge = max != null && v.compareTo(max) > 0;
    if (tooSmall || tooLarge) {
      add(path, "range", "must be " + describeRange(min, minExclusive, max) + (sensitive ? "" : ", was " + Numbers.quote(v)));
    }
    return this;
  }

  /** A list with between {@code min} and {@code max} elements. */
  public Violations size(String path, Collection<?> value, int min, int max) {
    if (value == null) {
      return this;
    }
    if (value.size() < min || value.size() > max) {
      String bound = max == Integer.MAX_VALUE
          ? "at least " + min
          : min == 0 ? "at most " + max : "between " + min + " and " + max;
      add(path, "size", "must have " + bound + " elements, had " + value.size());
    }
    return this;
  }

  /**
   * An e-mail address: one {@code @}, a local part and a domain of at least two dot-separated labels,
   * no whitespace or control characters, at most 254 characters. Checked in one pass, without a
   * regular expression, so that no value can make it slow. Personal data: the message never repeats
   * the value.
   */
  public Violations email(String path, String value) {
    if (value != null && !isEmail(value)) {
      add(path, "email", "must be an e-mail address");
    }
    return this;
  }

  /**
   * A value for a message: in single quotes, on one line (control characters as {@code \\uXXXX}),
   * at most {@value #MAX_QUOTED_CHARS} characters and then {@code …} with the total length.
   */
  public static String quote(String value) {
    if (value == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder("'");
    int shown = Math.min(value.length(), MAX_QUOTED_CHARS);
    if (shown < value.length() && Character.isHighSurrogate(value.charAt(shown - 1))) {
      shown--;
    }
    for (int i = 0; i < shown; i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('\'');
    if (shown < value.length()) {
      out.append("… (").append(value.length()).append(" characters)");
    }
    return out.toString();
  }

  static boolean isEmail(String value) {
    if (value.length() > 254) {
      return false;
    }
    int at = value.indexOf('@');
    if (at <= 0 || value.indexOf('@', at + 1) >= 0 || at == value.length() - 1) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        return false;
      }
    }
    String domain = value.substring(at + 1);
    int labels = 0;
    int start = 0;
    for (int dot = domain.indexOf('.'); ; dot = domain.indexOf('.', start)) {
      int end = dot < 0 ? domain.length() : dot;
      if (end == start) {
        return false;
      }
      labels++;
      if (dot < 0) {
        break;
      }
      start = dot + 1;
    }
    return labels >= 2;
  }

  /** An absolute http or https URL with a host. */
  public Violations url(String path, String value) {
    return url(path, value, false);
  }

  /** As {@link #url(String, String)}; a {@code sensitive} value is not repeated in the message. */
  public Violations url(String path, String value, boolean sensitive) {
    if (value != null && !isHttpUrl(value)) {
      add(path, "url", "must be an absolute http or https URL" + (sensitive ? "" : ", was " + quote(value)));
    }
    return this;
  }

  /** An enum value the descriptor documents (not {@code UNKNOWN}). */
  public Violations known(String path, WireEnumValue value, List<String> allowed) {
    if (value != null && !value.isKnown()) {
      add(path, "enum", "must be one of " + String.join(", ", allowed));
    }
    return this;
  }

  /** Every element of a list is a documented enum value; each bad element is named by index. */
  public Violations allKnown(String path, List<? extends WireEnumValue> values, List<String> allowed) {
    if (values != null) {
      for (int i = 0; i < values.size(); i++) {
        WireEnumValue value = values.get(i);
        if (value == null) {
          add(path + "[" + i + "]", "required", "must not be null");
        } else {
          known(path + "[" + i + "]", value, allowed);
        }
      }
    }
    return this;
  }

  /** Exactly one of the fields is set; {@code values} are in the order of {@code paths}. */
  public Violations exactlyOneOf(List<String> paths, Object... values) {
    int set = 0;
    for (Object value : values) {
      if (value != null && !(value instanceof CharSequence text && text.toString().isBlank())) {
        set++;
      }
    }
    if (set != 1) {
      String names = String.join(", ", paths);
      add(String.join("|", paths), "exactly_one_of",
          set == 0 ? "exactly one of " + names + " must be set, none is"
              : "exactly one of " + names + " must be set, " + set + " are");
    }
    return this;
  }

  /** {@code path} may only be set when {@code otherPath} is set. */
  public Violations requires(String path, Object value, String otherPath, Object other) {
    if (value != null && other == null) {
      add(path, "requires", "may only be set together with " + otherPath);
    }
    return this;
  }

  /** Adds a violation found elsewhere (a nested object's rules). */
  public Violations add(String path, String rule, String message) {
    found.add(new Violation(path, rule, message));
    return this;
  }

  /** The violations found so far, in the order the rules were checked. */
  public List<Violation> toList() {
    return List.copyOf(found);
  }

  private static boolean isHttpUrl(String value) {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      return scheme != null
          && (scheme.toLowerCase(Locale.ROOT).equals("http") || scheme.toLowerCase(Locale.ROOT).equals("https"))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String describeRange(BigDecimal min, boolean minExclusive, BigDecimal max) {
    StringJoiner joiner = new StringJoiner(" and ");
    if (min != null) {
      joiner.add((minExclusive ? "greater than " : "at least ") + min.toPlainString());
    }
    if (max != null) {
      joiner.add("at most " + max.toPlainString());
    }
    return joiner.toString();
  }
}
