package io.payspec.contract;

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

  /**
   * Every member of {@code decoded} (a typed response written back with wire names) is in
   * {@code example} with the same value: what the model declares comes back exactly. Members the model
   * does not declare, and documented nulls, are not written back and not compared.
   */
  public static void assertContainedIn(JsonNode example, JsonNode decoded) {
    contained(example, decoded, "$", example, decoded);
  }

  private static void contained(JsonNode expected, JsonNode actual, String path, JsonNode wholeExpected,
      JsonNode wholeActual) {
    String context = "\nexample: " + wholeExpected + "\ndecoded: " + wholeActual;
    if (expected == null || expected.isNull()) {
      fail(path + ": decoded " + actual + " but the example has none" + context);
    }
    if (actual.isObject() && expected.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = actual.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        contained(expected.get(field.getKey()), field.getValue(), path + "." + field.getKey(), wholeExpected,
            wholeActual);
      }
    } else if (actual.isArray() && expected.isArray()) {
      assertEquals(expected.size(), actual.size(), path + ": array size" + context);
      for (int i = 0; i < actual.size(); i++) {
        contained(expected.get(i), actual.get(i), path + "[" + i + "]", wholeExpected, wholeActual);
      }
    } else if (actual.isNumber() || expected.isNumber()) {
      if (expected.asText().isEmpty() || actual.asText().isEmpty()
          || new java.math.BigDecimal(expected.asText()).compareTo(new java.math.BigDecimal(actual.asText())) != 0) {
        fail(path + ": expected number " + expected + " but decoded " + actual + context);
      }
    } else {
      assertEquals(expected.asText(), actual.asText(), path + context);
    }
  }

  /** Compact JSON text with the members of every object sorted by name, values written as they are. */
  public static String canonical(JsonNode node) {
    if (node.isObject()) {
      StringBuilder out = new StringBuilder("{");
      new TreeSet<String>(toList(node.fieldNames())).forEach(name -> {
        if (out.length() > 1) {
          out.append(',');
        }
        out.append(write(name)).append(':').append(canonical(node.get(name)));
      });
      return out.append('}').toString();
    }
    if (node.isArray()) {
      StringBuilder out = new StringBuilder("[");
      for (int i = 0; i < node.size(); i++) {
        out.append(i == 0 ? "" : ",").append(canonical(node.get(i)));
      }
      return out.append(']').toString();
    }
    return write(node);
  }

  private static java.util.List<String> toList(Iterator<String> names) {
    java.util.List<String> list = new java.util.ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
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
