package io.payspec.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.util.Map;

/**
 * Prints a typed response: as JSON with wire names ({@code --json}, through the generated type's own
 * serialization), or as {@code name: value} lines, one per top-level field that is set; a list or a keyed
 * map of objects (a list operation's answer) is printed as indented JSON.
 */
final class ResponsePrinter {
  private final ObjectMapper mapper;

  ResponsePrinter(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  void print(Object response, boolean json, PrintStream out) throws JsonProcessingException {
    if (json) {
      out.println(mapper.writeValueAsString(response));
      return;
    }
    JsonNode tree = mapper.valueToTree(response);
    if (!tree.isObject()) {
      // A list or keyed map of objects: one table per line would hide which value is whose.
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
      return;
    }
    Table table = new Table();
    for (Map.Entry<String, JsonNode> field : tree.properties()) {
      JsonNode value = field.getValue();
      if (value != null && !value.isNull()) {
        table.row(field.getKey() + ":", text(value));
      }
    }
    table.print(out, "");
  }

  /** A value as text: decimals in plain notation, never with an exponent; objects and arrays as JSON. */
  private String text(JsonNode value) throws JsonProcessingException {
    if (value.isBigDecimal()) {
      return value.decimalValue().toPlainString();
    }
    return value.isValueNode() ? value.asText() : mapper.writeValueAsString(value);
  }
}
