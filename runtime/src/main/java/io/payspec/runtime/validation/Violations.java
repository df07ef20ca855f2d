package io.payspec.runtime.validation;

import io.payspec.runtime.WireEnumValue;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Collects every violation of a request; generated validators call one method per documented rule.
 * A rule on an absent optional field is not checked: only {@link #required} reports absence.
 */
public final class Violations {
  private static final Pattern EMAIL =
      Pattern.compile("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$");

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
    BigDecimal v = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    boolean tooSmall = min != null && (minExclusive ? v.compareTo(min) <= 0 : v.compareTo(min) < 0);
    boolean tooLarge = max != null && v.compareTo(max) > 0;
    if (tooSmall || tooLarge) {
      add(path, "range", "must be " + describeRange(min, minExclusive, max) + (sensitive ? "" : ", was " + v.toPlainString()));
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

  /** An e-mail address; personal data, so the message never repeats the value. */
  public Violations email(String path, String value) {
    if (value != null && !EMAIL.matcher(value).matches()) {
      add(path, "email", "must be an e-mail address");
    }
    return this;
  }

  /** An absolute http or https URL with a host. */
  public Violations url(String path, String value) {
    return url(path, value, false);
  }

  /** As {@link #url(String, String)}; a {@code sensitive} value is not repeated in the message. */
  public Violations url(String path, String value, boolean sensitive) {
    if (value != null && !isHttpUrl(value)) {
      add(path, "url", "must be an absolute http or https URL" + (sensitive ? "" : ", was '" + value + "'"));
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
