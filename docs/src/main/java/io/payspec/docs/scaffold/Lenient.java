package io.payspec.docs.scaffold;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/** Reads the loose JSON of table cells ({@code {time_to_pay: {"hours": 24}}}). */
final class Lenient {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
      .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
      .build();

  private Lenient() {}

  /** The object a cell holds, or null. */
  static JsonNode object(String text) {
    String t = text.strip();
    if (!t.startsWith("{")) {
      return null;
    }
    try {
      JsonNode node = MAPPER.readTree(t);
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }
}
