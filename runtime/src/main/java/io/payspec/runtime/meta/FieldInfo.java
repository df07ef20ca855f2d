package io.payspec.runtime.meta;

import java.util.List;

/**
 * One request field, flattened: nested fields carry their full wire path.
 *
 * @param path wire path, e.g. {@code add_fields.time_to_pay.hours}
 * @param kind wire type (of the elements, for a list)
 * @param list whether the field is a JSON array
 * @param required whether the request must set it (for a nested field: when its parent is set)
 * @param defaultValue the provider's documented default as wire text, or null
 * @param enumValues the documented wire values of an enum field, else empty
 * @param description the provider's description
 */
public record FieldInfo(
    String path,
    FieldKind kind,
    boolean list,
    boolean required,
    String defaultValue,
    List<String> enumValues,
    String description) {
  public FieldInfo {
    enumValues = List.copyOf(enumValues);
  }
}
