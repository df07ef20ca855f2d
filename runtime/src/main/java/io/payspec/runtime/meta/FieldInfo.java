package io.payspec.runtime.meta;

import io.payspec.annotations.ParamIn;
import java.util.List;

/**
 * One field of a request or a response, flattened: nested fields carry their full wire path. A
 * list of objects or a map is one entry (kind {@link FieldKind#OBJECT}); its members are not listed.
 *
 * @param path wire path, e.g. {@code add_fields.time_to_pay.hours}
 * @param kind wire type (of the elements, for a list; of the values, for a map)
 * @param list whether the field is a JSON array
 * @param required whether the request must set it (for a nested field: when its parent is set)
 * @param defaultValue the provider's documented default as wire text, or null
 * @param enumValues the documented wire values of an enum field, else empty
 * @param description the provider's description
 * @param in where a request field travels: {@link ParamIn#BODY}, {@link ParamIn#QUERY} or
 *     {@link ParamIn#PATH}, never {@link ParamIn#AUTO} (resolved); nested and response fields: BODY
 * @param format the documented pattern of a timestamp or date, or null
 * @param map whether the field is a JSON object keyed by names ({@code Map<String, X>})
 * @param nullable whether the provider documents sending {@code null} (responses)
 * @param sensitive personal or secret data, masked in {@code toString()} and messages
 * @param constraints the documented rules (requests)
 * @param decisions departures from the documentation page about this field
 * @param signature how the client computes the field, or null when the caller sets it
 */
public record FieldInfo(
    String path,
    FieldKind kind,
    boolean list,
    boolean required,
    String defaultValue,
    List<String> enumValues,
    String description,
    ParamIn in,
    String format,
    boolean map,
    boolean nullable,
    boolean sensitive,
    FieldConstraints constraints,
    List<DecisionInfo> decisions,
    SignatureInfo signature) {
  public FieldInfo {
    enumValues = List.copyOf(enumValues);
    decisions = List.copyOf(decisions);
    in = in == null || in == ParamIn.AUTO ? ParamIn.BODY : in;
    constraints = constraints == null ? FieldConstraints.NONE : constraints;
  }

  /** A body field with no rules, decisions or format: the shape of the first metadata. */
  public FieldInfo(
      String path,
      FieldKind kind,
      boolean list,
      boolean required,
      String defaultValue,
      List<String> enumValues,
      String description) {
    this(path, kind, list, required, defaultValue, enumValues, description, ParamIn.BODY, null, false, false, false,
        FieldConstraints.NONE, List.of(), null);
  }

  /** The last segment of the path: the wire name of the field in its object. */
  public String wireName() {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }

  /** Whether the field is a member of the request body itself (not nested, not in the path or query). */
  public boolean topLevel() {
    return path.indexOf('.') < 0;
  }
}
