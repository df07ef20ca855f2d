package io.payspec.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.annotations.ParamIn;
import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.Operation;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A request's values by wire name, as one JSON object, whichever part of the HTTP request they travelled
 * in: the JSON body, the query string ({@code currency[]=BTC&currency[]=ETH} becomes a list) and the
 * path's placeholders. Text from the query and path is typed by the field's kind (a number, a boolean),
 * so that the generated request type reads it like a body. Unknown query keys are ignored, as servers do.
 */
public final class RequestTree {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private RequestTree() {}

  /**
   * The values of one request.
   *
   * @param operation the operation the request was sent to
   * @param pathValues decoded path placeholder values by wire name
   * @param rawQuery the raw query string, or null
   * @param body the JSON body, or null when none was sent; it is not changed
   */
  public static ObjectNode of(Operation<?, ?> operation, Map<String, String> pathValues, String rawQuery,
      ObjectNode body) {
    ObjectNode values = body == null ? NODES.objectNode() : body.deepCopy();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int equals = pair.indexOf('=');
        String key = decode(equals < 0 ? pair : pair.substring(0, equals));
        String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
        FieldInfo field = field(operation, key);
        if (field != null && Documentation.location(operation, field) == ParamIn.QUERY) {
          if (field.list()) {
            JsonNode earlier = values.get(key);
            ArrayNode list = earlier instanceof ArrayNode array ? array : values.putArray(key);
            list.add(typed(field, value));
          } else {
            values.set(key, typed(field, value));
          }
        }
      }
    }
    pathValues.forEach((name, value) -> {
      FieldInfo field = field(operation, name);
      values.set(name, field == null ? NODES.textNode(value) : typed(field, value));
    });
    return values;
  }

  /** The request field with this top-level wire name, or null. */
  static FieldInfo field(Operation<?, ?> operation, String wireName) {
    for (FieldInfo field : operation.requestFields()) {
      if (field.path().equals(wireName)) {
        return field;
      }
    }
    return null;
  }

  /** Text from a query or path as the JSON value the field's kind reads: a number, a boolean, else text. */
  static JsonNode typed(FieldInfo field, String text) {
    try {
      switch (field.kind()) {
        case INTEGER -> {
          return NODES.numberNode(Long.parseLong(text));
        }
        case DECIMAL -> {
          return NODES.numberNode(new BigDecimal(text));
        }
        case BOOLEAN -> {
          if (text.equals("true") || text.equals("false")) {
            return NODES.booleanNode(Boolean.parseBoolean(text));
          }
        }
        default -> {
          // text as is
        }
      }
    } catch (NumberFormatException e) {
      // left as text: the request type's reader names the field and the expected type
    }
    return NODES.textNode(text);
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
