package io.payspec.runtime.validation;

import io.payspec.runtime.WireEnumValue;
import io.payspec.runtime.json.Numbers;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.BiConsumer;

/**
 * Collects every violation of a request; generated validators call one method per documented rule.
 * A rule on an absent optional field is not checked: only {@link #required} reports absence.
 *
 * <p>Paths are relative to the object being checked: {@link #nested} and {@link #each} check a nested
 * object's rules under its name ({@code add_fields.time_to_pay.hours}, {@code items[2].name}). A path is
 * only put together when a rule is broken, so checking a valid request allocates next to nothing.
 */
public final class Violations {
  /** The most characters of a value quoted in a violation message. */
  static final int MAX_QUOTED_CHARS = 64;
  /** {@link #indexes} of a segment that is a field, not an element of a list. */
  private static final int NO_INDEX = -1;

  private List<Violation> found = List.of();
  /** The names of the nested objects being checked, outermost first; {@code depth} of them are in use. */
  private String[] names;
  /** The index of each in its list, or {@link #NO_INDEX}; null until a list is checked. */
  private int[] indexes;
  private int depth;

  /**
   * Checks a nested object's rules under its field name, if it is set.
   *
   * @param name the wire name of the field holding the object
   * @param value the object, or null (nothing is checked)
   * @param rules the object's rules, reporting paths relative to the object
   */
  public <T> Violations nested(String name, T value, BiConsumer<T, Violations> rules) {
    if (value != null) {
      enter(name, NO_INDEX);
      try {
        rules.accept(value, this);
      } finally {
        depth--;
      }
    }
    return this;
  }

  /**
   * Checks the rules of every object of a list under {@code name[index]}; null elements are skipped
   * (a rule on the list itself reports them).
   *
   * @param name the wire name of the list field
   * @param values the list, or null (nothing is checked)
   * @param rules the rules of one element, reporting paths relative to it
   */
  public <T> Violations each(String name, List<T> values, BiConsumer<T, Violations> rules) {
    if (values != null) {
      for (int i = 0; i < values.size(); i++) {
        T value = values.get(i);
        if (value != null) {
          enter(name, i);
          try {
            rules.accept(value, this);
          } finally {
            depth--;
          }
        }
      }
    }
    return this;
  }

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
      add(path, "max_length", "must be at most " + count(max, "character") + ", was "
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
    boolean tooSmall = min != null && (minExclusive ? compare(value, min) <= 0 : compare(value, min) < 0);
    boolean tooLarge = max != null && compare(value, max) > 0;
    if (tooSmall || tooLarge) {
      add(path, "range", "must be " + describeRange(min, minExclusive, max)
          + (sensitive ? "" : ", was " + Numbers.quote(decimal(value))));
    }
    return this;
  }

  /** Compares exactly; an integer against a whole bound that fits a long, without allocating. */
  private static int compare(Number value, BigDecimal bound) {
    if ((value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte)
        && bound.scale() == 0 && bound.precision() < 19) {
      return Long.compare(value.longValue(), bound.longValue());
    }
    return decimal(value).compareTo(bound);
  }

  /** The value as a decimal: exactly, and without going through text for the integer types. */
  private static BigDecimal decimal(Number value) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
      return BigDecimal.valueOf(value.longValue());
    }
    if (value instanceof BigInteger integer) {
      return new BigDecimal(integer);
    }
    return new BigDecimal(value.toString());
  }

  /** A list with between {@code min} and {@code max} elements. */
  public Violations size(String path, Collection<?> value, int min, int max) {
    if (value == null) {
      return this;
    }
    if (value.size() < min || value.size() > max) {
      String bound = max == Integer.MAX_VALUE
          ? "at least " + count(min, "element")
          : min == 0 ? "at most " + count(max, "element") : "between " + min + " and " + max + " elements";
      add(path, "size", "must have " + bound + ", had " + value.size());
    }
    return this;
  }

  /** The count with its noun: "1 element", "2 elements". */
  private static String count(int count, String noun) {
    return count + " " + (count == 1 ? noun : noun + "s");
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
    int length = value.length();
    if (length > 254) {
      return false;
    }
    int at = -1;
    int labels = 0;
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      boolean printableAscii = c > ' ' && c < 0x7f;
      if (!printableAscii && (Character.isWhitespace(c) || Character.isISOControl(c))) {
        return false;
      }
      if (c == '@') {
        if (at >= 0 || i == 0) {
          return false;
        }
        at = i;
        labels = 1;
      } else if (c == '.' && at >= 0) {
        if (value.charAt(i - 1) == '.' || i - 1 == at) {
          return false;
        }
        labels++;
      }
    }
    // Every label between the @ and the end is non-empty: the last one too.
    return at >= 0 && labels >= 2 && value.charAt(length - 1) != '.';
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
        } else if (!value.isKnown()) {
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
      List<String> located = paths.stream().map(this::path).toList();
      String names = String.join(", ", located);
      found(String.join("|", located), "exactly_one_of",
          set == 0 ? "exactly one of " + names + " must be set, none is"
              : "exactly one of " + names + " must be set, " + set + " are");
    }
    return this;
  }

  /** {@code path} may only be set when {@code otherPath} is set. */
  public Violations requires(String path, Object value, String otherPath, Object other) {
    if (value != null && other == null) {
      add(path, "requires", "may only be set together with " + path(otherPath));
    }
    return this;
  }

  /** Adds a violation found elsewhere; {@code path} is relative to the object being checked. */
  public Violations add(String path, String rule, String message) {
    return found(path(path), rule, message);
  }

  /** The violations found so far, in the order the rules were checked. */
  public List<Violation> toList() {
    return List.copyOf(found);
  }

  private Violations found(String fullPath, String rule, String message) {
    if (found.isEmpty()) {
      found = new ArrayList<>();
    }
    found.add(new Violation(fullPath, rule, message));
    return this;
  }

  private void enter(String name, int index) {
    if (names == null) {
      names = new String[4];
    } else if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      if (indexes != null) {
        indexes = Arrays.copyOf(indexes, depth * 2);
      }
    }
    if (index != NO_INDEX && indexes == null) {
      indexes = new int[names.length];
      Arrays.fill(indexes, NO_INDEX);
    }
    names[depth] = name;
    if (indexes != null) {
      indexes[depth] = index;
    }
    depth++;
  }

  /** The full wire path of a path relative to the object being checked. */
  private String path(String relative) {
    if (depth == 0) {
      return relative;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      out.append(names[i]);
      if (indexes != null && indexes[i] != NO_INDEX) {
        out.append('[').append(indexes[i]).append(']');
      }
      out.append('.');
    }
    return out.append(relative).toString();
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
