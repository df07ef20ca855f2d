package io.payspec.docs.spec;

import io.payspec.docs.page.Bounds;
import io.payspec.docs.page.WireType;
import java.util.List;

/**
 * A field as the spec declares it.
 *
 * @param path wire path ({@code add_fields.time_to_pay.hours})
 * @param type its type
 * @param required whether a request must set it (always false in a response)
 * @param enumValues the wire values of an enum, else empty
 * @param bounds its constraints
 * @param location {@code body}, {@code query} or {@code path} for a request field; empty when unknown
 * @param decisions the decisions recorded on it
 */
public record SpecField(
    String path,
    WireType type,
    boolean required,
    List<String> enumValues,
    Bounds bounds,
    String location,
    List<SpecDecision> decisions) {
  public SpecField {
    enumValues = List.copyOf(enumValues);
    decisions = List.copyOf(decisions);
    location = location == null ? "" : location;
  }

  /** The last segment of the path. */
  public String name() {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
