package io.payspec.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.Operation;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The body of an accepted request (valid, credentials removed), read by wire path, for building
 * success bodies. An absent field falls back to the provider's documented default
 * ({@link FieldInfo#defaultValue()}).
 */
public final class RequestValues {
  private final Operation<?, ?> operation;
  private final ObjectNode body;

  RequestValues(Operation<?, ?> operation, ObjectNode body) {
    this.operation = operation;
    this.body = body.deepCopy();
  }

  /** The operation the request was sent to. */
  public Operation<?, ?> operation() {
    return operation;
  }

  /** A copy of the whole body, with wire names. */
  public ObjectNode json() {
    return body.deepCopy();
  }

  /** The value at a dotted wire path ({@code add_fields.time_to_pay.hours}), or null if absent or JSON null. */
  public JsonNode node(String path) {
    JsonNode node = body;
    for (String part : path.split("\\.")) {
      node = node.get(part);
      if (node == null || node.isNull()) {
        return null;
      }
    }
    return node;
  }

  /** The text of a value, else the documented default, else null. */
  public String text(String path) {
    JsonNode node = node(path);
    if (node != null && node.isValueNode()) {
      return node.asText();
    }
    return operation.requestFields().stream()
        .filter(field -> field.path().equals(path))
        .map(FieldInfo::defaultValue)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  /** The text of a value, else the documented default, else {@code fallback}. */
  public String text(String path, String fallback) {
    String text = text(path);
    return text == null ? fallback : text;
  }

  /** A decimal value read exactly, or null. */
  public BigDecimal decimal(String path) {
    String text = text(path);
    return text == null ? null : new BigDecimal(text);
  }

  /** An integer value, or {@code fallback} when absent. */
  public long integer(String path, long fallback) {
    JsonNode node = node(path);
    return node == null ? fallback : node.asLong(fallback);
  }
}
