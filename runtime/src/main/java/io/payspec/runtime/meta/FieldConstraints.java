package io.payspec.runtime.meta;

import java.math.BigDecimal;

/**
 * The documented rules of a request field, as the generated validator checks them; null or false
 * where the field has none.
 *
 * @param min lower bound of a number (or of a {@code CurrencyAmount}'s amount), or null
 * @param minExclusive whether {@code min} itself is refused
 * @param max upper bound, inclusive, or null
 * @param maxLength maximum length of a string, or null
 * @param minSize minimum number of elements of a list, or null
 * @param maxSize maximum number of elements of a list, or null
 * @param email the value must be an e-mail address
 * @param url the value must be an absolute http(s) URL
 * @param requiresField wire name of a sibling field that must be set with this one, or null
 */
public record FieldConstraints(
    BigDecimal min,
    boolean minExclusive,
    BigDecimal max,
    Integer maxLength,
    Integer minSize,
    Integer maxSize,
    boolean email,
    boolean url,
    String requiresField) {
  /** No rule at all. */
  public static final FieldConstraints NONE = new FieldConstraints(null, false, null, null, null, null, false, false, null);
}
