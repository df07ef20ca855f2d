package io.payspec.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Copies known values into a documented template, member by member and only where the template has a
 * member of the same name, keeping the template's JSON type: a request's {@code "amount": 100} goes
 * into an answer's {@code "amount": "100"} as text when the page writes it as text, objects are merged
 * member by member, and a value that cannot take the template's type (an object for a text, {@code
 * "200 USD"} for a number) leaves the template's value.
 */
final class Overlay {
  private Overlay() {}

  /** Copies {@code values} into {@code template} in place. */
  static void onto(ObjectNode template, ObjectNode values) {
    for (Map.Entry<String, JsonNode> member : template.properties()) {
      JsonNode value = values.get(member.getKey());
      if (value == null || value.isNull()) {
        continue;
      }
      JsonNode current = member.getValue();
      if (current instanceof ObjectNode nested) {
        if (value instanceof ObjectNode nestedValues) {
          onto(nested, nestedValues);
        }
        continue;
      }
      JsonNode adapted = adapt(current, value);
      if (adapted != null) {
        member.setValue(adapted);
      }
    }
  }

  /** {@code value} in the JSON type of {@code current}, or null when it cannot take it. */
  static JsonNode adapt(JsonNode current, JsonNode value) {
    if (!value.isValueNode()) {
      return current.isArray() && value.isArray() ? value : null;
    }
    if (current.isNull() || current.isMissingNode()) {
      return value;
    }
    if (current.isTextual()) {
      return JsonNodeFactory.instance.textNode(value.asText());
    }
    if (current.isNumber()) {
      if (value.isNumber()) {
        return value;
      }
      try {
        // "200 USD" (a CurrencyAmount on the wire) goes into a number as its amount.
        String text = value.asText().strip();
        int space = text.indexOf(' ');
        BigDecimal number = new BigDecimal(space > 0 ? text.substring(0, space) : text);
        return current.isIntegralNumber() && number.scale() <= 0
            ? JsonNodeFactory.instance.numberNode(number.toBigIntegerExact())
            : JsonNodeFactory.instance.numberNode(number);
      } catch (NumberFormatException | ArithmeticException e) {
        return null;
      }
    }
    if (current.isBoolean()) {
      return value.isBoolean() ? value : null;
    }
    return null;
  }
}
