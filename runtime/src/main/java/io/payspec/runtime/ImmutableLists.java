package io.payspec.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Unmodifiable copies of the lists a caller hands to a generated builder, so that a built request
 * never changes afterwards. A list without null elements becomes a {@link List#copyOf} copy (a list
 * that already is one, such as {@code List.of(...)}, is kept as it is, without copying); one with null
 * elements is copied keeping them, for the validator to report each by its index.
 */
public final class ImmutableLists {
  private ImmutableLists() {}

  /**
   * An unmodifiable copy of {@code values}.
   *
   * @param values the list, or null
   * @return the copy, or null for null
   */
  public static <T> List<T> copyOf(Collection<? extends T> values) {
    if (values == null) {
      return null;
    }
    try {
      return List.copyOf(values);
    } catch (NullPointerException nullElement) {
      return Collections.unmodifiableList(new ArrayList<>(values));
    }
  }

  /**
   * An unmodifiable list of {@code values}, which are copied.
   *
   * @param values the elements, or null
   * @return the list, or null for null
   */
  @SafeVarargs
  public static <T> List<T> of(T... values) {
    if (values == null) {
      return null;
    }
    try {
      return List.of(values);
    } catch (NullPointerException nullElement) {
      return Collections.unmodifiableList(Arrays.asList(values.clone()));
    }
  }
}
