package io.payspec.docs.page;

import java.math.BigDecimal;

/**
 * Bounds of a value: range, length, list size. Any part may be null (not stated).
 *
 * @param min lowest value
 * @param minExclusive whether {@code min} itself is excluded
 * @param max highest value
 * @param maxExclusive whether {@code max} itself is excluded
 * @param maxLength longest text
 * @param minSize fewest list elements
 * @param maxSize most list elements
 */
public record Bounds(
    BigDecimal min,
    boolean minExclusive,
    BigDecimal max,
    boolean maxExclusive,
    Integer maxLength,
    Integer minSize,
    Integer maxSize) {
  /** Nothing stated. */
  public static final Bounds NONE = new Bounds(null, false, null, false, null, null, null);

  /** A closed range. */
  public static Bounds range(BigDecimal min, BigDecimal max) {
    return new Bounds(min, false, max, false, null, null, null);
  }

  /** Whether nothing is stated. */
  public boolean isEmpty() {
    return min == null && max == null && maxLength == null && minSize == null && maxSize == null;
  }

  /** Human form: {@code 30..1440}, {@code >0}, {@code length <= 255}, {@code size >= 2}. */
  @Override
  public String toString() {
    if (isEmpty()) {
      return "none";
    }
    StringBuilder out = new StringBuilder();
    if (min != null || max != null) {
      out.append(min == null ? "" : (minExclusive ? "(" : "[") + min.toPlainString())
          .append("..")
          .append(max == null ? "" : max.toPlainString() + (maxExclusive ? ")" : "]"));
    }
    if (maxLength != null) {
      out.append(out.length() > 0 ? ", " : "").append("length <= ").append(maxLength);
    }
    if (minSize != null || maxSize != null) {
      out.append(out.length() > 0 ? ", " : "").append("size ")
          .append(minSize == null ? "0" : minSize).append("..").append(maxSize == null ? "" : maxSize);
    }
    return out.toString();
  }
}
