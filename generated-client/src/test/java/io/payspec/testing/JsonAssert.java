package io.payspec.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.payspec.runtime.json.Json;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;

/**
 * JSON helpers for the tests: the client's own mapper, and a tree comparison in which numbers are
 * compared exactly as decimals (never through {@code double}) and property order does not matter.
 * Field order is checked separately, on the exact bytes.
 */
public final class JsonAssert {
  /** The mapper every client uses. */
  public static final ObjectMapper MAPPER = Json.mapper();

  private JsonAssert() {}

  public static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new AssertionError("cannot write " + value, e);
    }
  }

  public static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new AssertionError("cannot read " + type.getSimpleName() + " from " + json, e);
    }
  }

  /** Reads through a tree first, the way the client reads a response payload. */
  public static <T> T readViaTree(String json, Class<T> type) {
    try {
      return MAPPER.treeToValue(tree(json), type);
    } catch (JsonProcessingException e) {
      throw new AssertionError("cannot read " + type.getSimpleName() + " from " + json, e);
    }
  }

  /** Same JSON: same properties, same values; numbers equal as decimals; property order ignored. */
  public static void assertSameJson(String expected, String actual) {
    assertSameJson(tree(expected), tree(actual));
  }

  public static void assertSameJson(JsonNode expected, JsonNode actual) {
    compare(expected, actual, "$", expected, actual);
  }

  private static void compare(JsonNode expected, JsonNode actual, String path, JsonNode wholeExpected, JsonNode wholeActual) {
    String context = "\nexpected: " + wholeExpected + "\nactual:   " + wholeActual;
    if (expected.isNumber() && actual.isNumber()) {
      if (expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
        fail(path + ": expected number " + expected.decimalValue().toPlainString() + " but was "
            + actual.decimalValue().toPlainString() + context);
      }
      return;
    }
    if (expected.getNodeType() != actual.getNodeType()) {
      fail(path + ": expected " + expected.getNodeType() + " " + expected + " but was "
          + actual.getNodeType() + " " + actual + context);
    }
    if (expected.isObject()) {
      TreeSet<String> expectedNames = new TreeSet<>();
      expected.fieldNames().forEachRemaining(expectedNames::add);
      TreeSet<String> actualNames = new TreeSet<>();
      actual.fieldNames().forEachRemaining(actualNames::add);
      assertEquals(expectedNames, actualNames, path + ": property names" + context);
      Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        compare(field.getValue(), actual.get(field.getKey()), path + "." + field.getKey(), wholeExpected, wholeActual);
      }
    } else if (expected.isArray()) {
      assertEquals(expected.size(), actual.size(), path + ": array size" + context);
      for (int i = 0; i < expected.size(); i++) {
        compare(expected.get(i), actual.get(i), path + "[" + i + "]", wholeExpected, wholeActual);
      }
    } else {
      assertEquals(expected, actual, path + context);
    }
  }

  /** The JSON without the properties whose value is null, at any depth. */
  public static JsonNode withoutNulls(JsonNode node) {
    JsonNode copy = node.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (field.getValue().isNull()) {
          fields.remove();
        } else {
          strip(field.getValue());
        }
      }
    } else if (node.isArray()) {
      node.forEach(JsonAssert::strip);
    }
  }
}
